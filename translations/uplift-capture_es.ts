<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountSettings</name>
    <message>
        <source>Uploads wait for an API key: enter it in Settings.</source>
        <translation>Las subidas esperan una clave de API: introdúzcala en Ajustes.</translation>
    </message>
    <message>
        <source>The API key was saved in the keychain.</source>
        <translation>La clave de API se guardó en el llavero.</translation>
    </message>
    <message>
        <source>The key is used until Uplift Capture quits, but it was not saved: %1</source>
        <translation>La clave se usa hasta que Uplift Capture se cierre, pero no se guardó: %1</translation>
    </message>
    <message>
        <source>The athletes cannot be kept on this computer: %1</source>
        <translation>Los atletas no se pueden guardar en este ordenador: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>The server address cannot be used: %1</source>
        <translation>No se puede usar la dirección del servidor: %1</translation>
    </message>
    <message>
        <source>The sandbox starts the next time Uplift Capture starts.</source>
        <translation>El sandbox se inicia la próxima vez que se abra Uplift Capture.</translation>
    </message>
    <message>
        <source>Your Uplift account is used the next time Uplift Capture starts.</source>
        <translation>Su cuenta de Uplift se usará la próxima vez que se abra Uplift Capture.</translation>
    </message>
    <message>
        <source>The sandbox is not running yet: it starts the next time Uplift Capture starts.</source>
        <translation>El sandbox aún no está en marcha: se inicia la próxima vez que se abra Uplift Capture.</translation>
    </message>
    <message>
        <source>One video is uploaded at a time.</source>
        <translation>Se sube un vídeo cada vez.</translation>
    </message>
    <message>
        <source>Up to %1 videos are uploaded at the same time.</source>
        <translation>Se suben hasta %1 vídeos a la vez.</translation>
    </message>
    <message>
        <source>Uploads are limited to %1 MB/s.</source>
        <translation>Las subidas están limitadas a %1 MB/s.</translation>
    </message>
    <message>
        <source>Uploads are no longer limited in speed.</source>
        <translation>Las subidas ya no tienen límite de velocidad.</translation>
    </message>
    <message>
        <source>The sandbox is used again the next time Uplift Capture starts.</source>
        <translation>El entorno de pruebas se volverá a usar la próxima vez que se abra Uplift Capture.</translation>
    </message>
    <message>
        <source>Your Uplift account is used the next time Uplift Capture starts without --sandbox.</source>
        <translation>Su cuenta de Uplift se usará la próxima vez que se abra Uplift Capture sin --sandbox.</translation>
    </message>
    <message>
        <source>Uplift Capture keeps using your Uplift account.</source>
        <translation>Uplift Capture sigue usando su cuenta de Uplift.</translation>
    </message>
    <message>
        <source>Videos imported from now on are copied to %1.</source>
        <translation>Los vídeos que se importen a partir de ahora se copian en %1.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the Uplift server: %1</source>
        <translation>No se pudo conectar con el servidor de Uplift: %1</translation>
    </message>
    <message>
        <source>The Uplift server did not answer in time.</source>
        <translation>El servidor de Uplift no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>The Uplift server sent an answer this program cannot use: %1</source>
        <translation>El servidor de Uplift envió una respuesta que este programa no puede usar: %1</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>La solicitud no es válida.</translation>
    </message>
    <message>
        <source>The Uplift server refused the request (HTTP %1): %2</source>
        <translation>El servidor de Uplift rechazó la solicitud (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The Uplift server answered HTTP %1 without an explanation.</source>
        <translation>El servidor de Uplift respondió HTTP %1 sin explicación.</translation>
    </message>
    <message>
        <source>The Uplift server answered HTTP %1 with a body that is not an Uplift error.</source>
        <translation>El servidor de Uplift respondió HTTP %1 con un contenido que no es un error de Uplift.</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>The API key is empty.</source>
        <translation>La clave de API está vacía.</translation>
    </message>
    <message>
        <source>The API key contains a line break or another control character (at position %1). Copy it again from the Uplift dashboard, without line breaks.</source>
        <translation>La clave de API contiene un salto de línea u otro carácter de control (en la posición %1). Cópiela de nuevo desde el panel de Uplift, sin saltos de línea.</translation>
    </message>
    <message>
        <source>The API key contains a space or a character that is not part of any Uplift key (at position %1). Copy it again from the Uplift dashboard.</source>
        <translation>La clave de API contiene un espacio o un carácter que no forma parte de ninguna clave de Uplift (en la posición %1). Cópiela de nuevo desde el panel de Uplift.</translation>
    </message>
</context>
<context>
    <name>Athlete</name>
    <message>
        <source>The custom attribute name %1 is reserved.</source>
        <translation>El nombre de atributo personalizado %1 está reservado.</translation>
    </message>
    <message>
        <source>The custom attribute name "%1" must start with a letter or _ and hold only letters, digits, _ and -.</source>
        <translation>El nombre de atributo personalizado «%1» debe empezar por una letra o _ y contener solo letras, dígitos, _ y -.</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>El nombre es obligatorio.</translation>
    </message>
    <message>
        <source>The date of birth must be a date written YYYY-MM-DD.</source>
        <translation>La fecha de nacimiento debe tener el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The height (inches) must not be negative.</source>
        <translation>La altura (pulgadas) no puede ser negativa.</translation>
    </message>
    <message>
        <source>The weight (pounds) must not be negative.</source>
        <translation>El peso (libras) no puede ser negativo.</translation>
    </message>
    <message>
        <source>an athlete has no id.</source>
        <translation>un atleta no tiene id.</translation>
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
        <translation>No se puede crear la carpeta de la lista de atletas: %1</translation>
    </message>
    <message>
        <source>The athlete list %1 cannot be opened: %2</source>
        <translation>No se puede abrir la lista de atletas %1: %2</translation>
    </message>
    <message>
        <source>The athlete list %1 cannot be used: %2</source>
        <translation>No se puede usar la lista de atletas %1: %2</translation>
    </message>
    <message>
        <source>The athlete list could not be saved on this computer (%1).</source>
        <translation>No se pudo guardar la lista de atletas en este ordenador (%1).</translation>
    </message>
</context>
<context>
    <name>AthletePicker</name>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation>Atleta</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Filtro de equipo</translation>
    </message>
    <message>
        <source>Show only the athletes of one team</source>
        <translation>Mostrar solo los atletas de un equipo</translation>
    </message>
    <message>
        <source>Name, e-mail or team…</source>
        <translation>Nombre, correo o equipo…</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Equipo:</translation>
    </message>
</context>
<context>
    <name>AvInput</name>
    <message>
        <source>The file no longer exists</source>
        <translation>El archivo ya no existe</translation>
    </message>
    <message>
        <source>The file cannot be read (check its permissions)</source>
        <translation>No se puede leer el archivo (revise sus permisos)</translation>
    </message>
    <message>
        <source>Out of memory while opening the video</source>
        <translation>Memoria insuficiente al abrir el vídeo</translation>
    </message>
    <message>
        <source>Not a video file that can be read (%1)</source>
        <translation>No es un archivo de vídeo legible (%1)</translation>
    </message>
    <message>
        <source>The video's streams cannot be read (%1)</source>
        <translation>No se pueden leer las pistas del vídeo (%1)</translation>
    </message>
</context>
<context>
    <name>CameraBanner</name>
    <message>
        <source>Show…</source>
        <translation>Mostrar…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Show the import</source>
        <translation>Mostrar la importación</translation>
    </message>
    <message>
        <source>Import from the camera</source>
        <translation>Importar desde la cámara</translation>
    </message>
    <message>
        <source>Show the videos on the card, camera or phone, and import the new ones</source>
        <translation>Mostrar los vídeos de la tarjeta, la cámara o el teléfono e importar los nuevos</translation>
    </message>
</context>
<context>
    <name>CameraClipModel</name>
    <message>
        <source>Filmed %1</source>
        <translation>Grabado el %1</translation>
    </message>
    <message>
        <source>File saved %1</source>
        <translation>Archivo guardado %1</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message numerus="yes">
        <source>%n chapters: %1</source>
        <extracomment>A GoPro recording the camera split into several files; %1 lists them.</extracomment>
        <translation>
            <numerusform>%n capítulo: %1</numerusform>
            <numerusform>%n capítulos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>ticked for import</source>
        <translation>marcado para importar</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <source>Space ticks or unticks it</source>
        <translation>Espacio lo marca o desmarca</translation>
    </message>
</context>
<context>
    <name>CameraPane</name>
    <message>
        <source>less than a minute left</source>
        <translation>queda menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>queda aprox. %n min</numerusform>
            <numerusform>quedan aprox. %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>quedan aprox. %1 h %2 min</translation>
    </message>
    <message>
        <source>You can take out %1 now.</source>
        <translation>Ya puede retirar %1.</translation>
    </message>
    <message>
        <source>%1 could not be ejected.</source>
        <translation>No se pudo expulsar %1.</translation>
    </message>
    <message>
        <source>%1 was not ejected: %2</source>
        <translation>No se expulsó %1: %2</translation>
    </message>
    <message>
        <source>the phone “%1”</source>
        <translation>el teléfono “%1”</translation>
    </message>
    <message>
        <source>the camera “%1”</source>
        <translation>la cámara “%1”</translation>
    </message>
    <message>
        <source>the card “%1”</source>
        <translation>la tarjeta “%1”</translation>
    </message>
    <message>
        <source>%1 is back: the import goes on where it stopped.</source>
        <translation>%1 ha vuelto: la importación continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Nada nuevo</translation>
    </message>
    <message>
        <source>1 new clip</source>
        <translation>1 clip nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%n new clips</source>
        <translation>
            <numerusform>%n clip nuevo</numerusform>
            <numerusform>%n clips nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>No card, camera or phone is connected.</source>
        <translation>No hay ninguna tarjeta, cámara ni teléfono conectado.</translation>
    </message>
    <message>
        <source>Put a camera's card in the card reader, or connect a camera or phone with its cable: its videos are listed here.</source>
        <translation>Introduzca la tarjeta de una cámara en el lector de tarjetas, o conecte una cámara o un teléfono con su cable: sus vídeos aparecen aquí.</translation>
    </message>
    <message>
        <source>Choose a card, camera or phone on the left.</source>
        <translation>Elija una tarjeta, cámara o teléfono a la izquierda.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>There are no videos on %1.</source>
        <translation>No hay vídeos en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n videos; checking which were imported before…</source>
        <translation>
            <numerusform>%1: %n vídeo; comprobando si se importó antes…</numerusform>
            <numerusform>%1: %n vídeos; comprobando cuáles se importaron antes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new on %1: its %n videos were imported before.</source>
        <translation>
            <numerusform>Nada nuevo en %1: su %n vídeo ya se importó antes.</numerusform>
            <numerusform>Nada nuevo en %1: sus %n vídeos ya se importaron antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 new video.</source>
        <translation>%1: 1 vídeo nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new videos.</source>
        <translation>
            <numerusform>%1: %n vídeo nuevo.</numerusform>
            <numerusform>%1: %n vídeos nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new videos, %2 imported before.</source>
        <translation>
            <numerusform>%1: %n vídeo nuevo, %2 importados antes.</numerusform>
            <numerusform>%1: %n vídeos nuevos, %2 importados antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No videos on it.</source>
        <translation>No tiene vídeos.</translation>
    </message>
    <message>
        <source>Stop Import</source>
        <translation>Detener la importación</translation>
    </message>
    <message>
        <source>Stop copying; the clips copied so far stay in your library</source>
        <translation>Detener la copia; los clips ya copiados se quedan en su biblioteca</translation>
    </message>
    <message>
        <source>Import 1 Clip</source>
        <translation>Importar 1 clip</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Clips</source>
        <translation>
            <numerusform>Importar %n clip</numerusform>
            <numerusform>Importar %n clips</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the ticked clips into %1</source>
        <translation>Copiar los clips marcados en %1</translation>
    </message>
    <message>
        <source>Nothing new to import: tick the clips to copy.</source>
        <translation>Nada nuevo que importar: marque los clips que quiera copiar.</translation>
    </message>
    <message>
        <source>Starting to copy from %1…</source>
        <translation>Empezando a copiar desde %1…</translation>
    </message>
    <message>
        <source>Copying file %1 of %2</source>
        <translation>Copiando el archivo %1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 was taken out while copying: %2 of %3 clips are in your library. Put it back in and the import goes on where it stopped.</source>
        <translation>Se retiró %1 durante la copia: %2 de %3 clips están en su biblioteca. Cuando se vuelva a conectar, la importación continuará donde se detuvo.</translation>
    </message>
    <message>
        <source>Import stopped: %1 of %2 clips are in your library (%3).</source>
        <translation>Importación detenida: %1 de %2 clips están en su biblioteca (%3).</translation>
    </message>
    <message>
        <source>Nothing new: every chosen clip was imported before.</source>
        <translation>Nada nuevo: todos los clips elegidos ya se importaron antes.</translation>
    </message>
    <message>
        <source>1 clip imported into %1; it is in the ready list.</source>
        <translation>1 clip importado en %1; está en la lista de listos para subir.</translation>
    </message>
    <message numerus="yes">
        <source>%n clips imported into %1; they are in the ready list.</source>
        <translation>
            <numerusform>%n clip importado en %1; está en la lista de listos para subir.</numerusform>
            <numerusform>%n clips importados en %1; están en la lista de listos para subir.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 clips imported. %3</source>
        <translation>%1 de %2 clips importados. %3</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more could not be copied)</source>
        <translation>
            <numerusform>(y %n más no se pudo copiar)</numerusform>
            <numerusform>(y %n más no se pudieron copiar)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still being copied from: wait until the import is done, or stop it, then eject it.</source>
        <translation>Aún se está copiando desde %1: espere a que termine la importación, o deténgala, antes de expulsar.</translation>
    </message>
    <message>
        <source>Ejecting %1…</source>
        <translation>Expulsando %1…</translation>
    </message>
    <message>
        <source>Importing from %1</source>
        <translation>Importando desde %1</translation>
    </message>
    <message>
        <source>file %1 of %2</source>
        <translation>archivo %1 de %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Two cards, cameras or phones, e.g. "the card “EOS_DIGITAL” and the phone “Pixel 7”".</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cards, cameras or phones</source>
        <translation>
            <numerusform>%n tarjeta, cámara o teléfono</numerusform>
            <numerusform>%n tarjetas, cámaras o teléfonos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 new clip</source>
        <translation>%1: 1 clip nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new clips</source>
        <translation>
            <numerusform>%1: %n clip nuevo</numerusform>
            <numerusform>%1: %n clips nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards, cameras and phones</source>
        <translation>Tarjetas, cámaras y teléfonos</translation>
    </message>
    <message>
        <source>Videos on the card</source>
        <translation>Vídeos de la tarjeta</translation>
    </message>
    <message>
        <source>Tick All New</source>
        <translation>Marcar todos los nuevos</translation>
    </message>
    <message>
        <source>Tick all new clips</source>
        <translation>Marcar todos los clips nuevos</translation>
    </message>
    <message>
        <source>Untick All</source>
        <translation>Desmarcar todos</translation>
    </message>
    <message>
        <source>Untick all clips</source>
        <translation>Desmarcar todos los clips</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>Expulsar</translation>
    </message>
    <message>
        <source>Unmount the card (or camera, or phone) so that it can be taken out safely</source>
        <translation>Desmontar la tarjeta (o la cámara, o el teléfono) para poder retirarla con seguridad</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>What is on the card</source>
        <translation>Contenido de la tarjeta</translation>
    </message>
    <message>
        <source>%1 stopped answering while copying: %2 of %3 clips are in your library. Take it out and put it back in, and the import goes on where it stopped.</source>
        <translation>%1 dejó de responder durante la copia: %2 de %3 clips están en su biblioteca. Retírela y vuelva a conectarla, y la importación continuará donde se detuvo.</translation>
    </message>
</context>
<context>
    <name>CameraSource</name>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Memory card</source>
        <translation>Tarjeta de memoria</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>No existe la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a card or a folder.</source>
        <translation>%1 es un archivo, no una tarjeta ni una carpeta.</translation>
    </message>
    <message>
        <source>%1 has no DCIM folder and no AVCHD folder: it does not look like a camera's card.</source>
        <translation>%1 no tiene carpeta DCIM ni carpeta AVCHD: no parece la tarjeta de una cámara.</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>a capture has no session_id.</source>
        <translation>una captura no tiene session_id.</translation>
    </message>
    <message>
        <source>the capture member %1 is not a string.</source>
        <translation>el campo %1 de la captura no es una cadena.</translation>
    </message>
    <message>
        <source>the capture_time of a capture is not a date-time.</source>
        <translation>el capture_time de una captura no es una fecha y hora.</translation>
    </message>
    <message>
        <source>the fps_detected of a capture is not a number.</source>
        <translation>el fps_detected de una captura no es un número.</translation>
    </message>
</context>
<context>
    <name>CaptureDraft</name>
    <message>
        <source>Choose the athlete</source>
        <translation>Elija el atleta</translation>
    </message>
    <message>
        <source>Choose a session group, or create one with New…</source>
        <translation>Elija un grupo de sesiones o cree uno con Nuevo…</translation>
    </message>
    <message>
        <source>Choose how the camera was set up: front-on or down-the-line</source>
        <translation>Elija cómo estaba colocada la cámara: de frente o down-the-line</translation>
    </message>
    <message>
        <source>Choose the activity</source>
        <translation>Elija la actividad</translation>
    </message>
    <message>
        <source>Choose the movement</source>
        <translation>Elija el movimiento</translation>
    </message>
    <message>
        <source>%1: choose one; this movement needs it</source>
        <translation>%1: elija una opción; este movimiento lo requiere</translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <source>Describe the capture</source>
        <translation>Describir la captura</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation>Atleta</translation>
    </message>
    <message>
        <source>Type a name, e-mail or team to find the athlete</source>
        <translation>Escriba un nombre, correo o equipo para buscar al atleta</translation>
    </message>
    <message>
        <source>New athlete</source>
        <translation>Nuevo atleta</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Create a new athlete (Ctrl+Shift+N)</source>
        <translation>Crear un atleta nuevo (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Session group</source>
        <translation>Grupo de sesiones</translation>
    </message>
    <message>
        <source>The session these clips belong to; one athlete's session</source>
        <translation>La sesión a la que pertenecen estos clips; la sesión de un atleta</translation>
    </message>
    <message>
        <source>New session group</source>
        <translation>Nuevo grupo de sesiones</translation>
    </message>
    <message>
        <source>Start a new session group for this athlete (Ctrl+Shift+G)</source>
        <translation>Empezar un grupo de sesiones nuevo para este atleta (Ctrl+Mayús+G)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Camera front-on</source>
        <translation>Cámara de frente</translation>
    </message>
    <message>
        <source>&amp;Front-on</source>
        <translation>De &amp;frente</translation>
    </message>
    <message>
        <source>The camera faces the athlete (Alt+F)</source>
        <translation>La cámara mira al atleta de frente (Alt+F)</translation>
    </message>
    <message>
        <source>Camera down-the-line</source>
        <translation>Cámara down-the-line</translation>
    </message>
    <message>
        <source>&amp;Down-the-line</source>
        <translation>&amp;Down-the-line</translation>
    </message>
    <message>
        <source>The camera looks along the target line from behind the athlete (Alt+D)</source>
        <translation>La cámara mira a lo largo de la línea de objetivo desde detrás del atleta (Alt+D)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Camera orientation</source>
        <translation>Orientación de la cámara</translation>
    </message>
    <message>
        <source>How the camera was held; filled in from the video</source>
        <translation>Cómo se sostuvo la cámara; se toma del vídeo</translation>
    </message>
    <message>
        <source>Orientation source</source>
        <translation>Origen de la orientación</translation>
    </message>
    <message>
        <source>Advanced camera settings</source>
        <translation>Ajustes avanzados de la cámara</translation>
    </message>
    <message>
        <source>Extra camera settings</source>
        <translation>Ajustes adicionales de la cámara</translation>
    </message>
    <message>
        <source>Extra key/value pairs sent with the camera configuration</source>
        <translation>Pares clave/valor adicionales enviados con la configuración de la cámara</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Otros detalles</translation>
    </message>
    <message>
        <source>Other movement details</source>
        <translation>Otros detalles del movimiento</translation>
    </message>
    <message>
        <source>Further movement dimensions as key/value pairs</source>
        <translation>Más dimensiones del movimiento como pares clave/valor</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Grabado</translation>
    </message>
    <message>
        <source>Capture time</source>
        <translation>Hora de la captura</translation>
    </message>
    <message>
        <source>When the clip was filmed; never in the future</source>
        <translation>Cuándo se grabó el clip; nunca en el futuro</translation>
    </message>
    <message>
        <source>Capture time source</source>
        <translation>Origen de la hora de captura</translation>
    </message>
    <message>
        <source>Why uploading is not possible yet</source>
        <translation>Por qué aún no se puede subir</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Queue the selected clips for upload (Ctrl+Enter)</source>
        <translation>Poner en cola para subir los clips seleccionados (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Required for this movement</source>
        <translation>Obligatorio para este movimiento</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Describe&lt;/b&gt; — select clips in the list</source>
        <translation>&lt;b&gt;Describir&lt;/b&gt;: seleccione clips en la lista</translation>
    </message>
    <message>
        <source>&lt;b&gt;Describe 1 clip&lt;/b&gt;</source>
        <translation>&lt;b&gt;Describir 1 clip&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Describe %n clips&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Describir %n clip&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Describir %n clips&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload 1 clip</source>
        <translation>Subir 1 clip</translation>
    </message>
    <message numerus="yes">
        <source>Upload %n clips</source>
        <translation>
            <numerusform>Subir %n clip</numerusform>
            <numerusform>Subir %n clips</numerusform>
        </translation>
    </message>
    <message>
        <source>each clip as filmed</source>
        <translation>según cada clip</translation>
    </message>
    <message>
        <source>from the video</source>
        <translation>del vídeo</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>elegido por usted</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>fijado por usted</translation>
    </message>
    <message>
        <source>each clip keeps its own time</source>
        <translation>cada clip con su hora</translation>
    </message>
    <message>
        <source>from the file date</source>
        <translation>de la fecha del archivo</translation>
    </message>
    <message>
        <source>As filmed (each clip)</source>
        <translation>Como se grabó (cada clip)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>What the athlete does, e.g. Golf</source>
        <translation>Qué hace el atleta, p. ej. Golf</translation>
    </message>
    <message>
        <source>Which movement of the activity, e.g. Full swing</source>
        <translation>Qué movimiento de la actividad, p. ej. Swing completo</translation>
    </message>
    <message>
        <source>Filled in from the last upload</source>
        <translation>Completado a partir de la última subida</translation>
    </message>
    <message>
        <source>Filled in as last time for this athlete</source>
        <translation>Completado como la última vez para este atleta</translation>
    </message>
    <message>
        <source>&lt;i&gt;In italics&lt;/i&gt;: as last time for %1. Check, then upload.</source>
        <translation>&lt;i&gt;En cursiva&lt;/i&gt;: como la última vez para %1. Revise y suba.</translation>
    </message>
    <message>
        <source>e.g. Golf</source>
        <translation>p. ej. Golf</translation>
    </message>
    <message>
        <source>e.g. Full swing</source>
        <translation>p. ej. Swing completo</translation>
    </message>
    <message>
        <source>Portrait — from the video</source>
        <translation>Vertical — del vídeo</translation>
    </message>
    <message>
        <source>Landscape — from the video</source>
        <translation>Horizontal — del vídeo</translation>
    </message>
</context>
<context>
    <name>CaptureSpec</name>
    <message>
        <source>Choose an athlete (athlete_id is required).</source>
        <translation>Elija un atleta (athlete_id es obligatorio).</translation>
    </message>
    <message>
        <source>The athlete id (athlete_id) is not a valid UUID.</source>
        <translation>El id del atleta (athlete_id) no es un UUID válido.</translation>
    </message>
    <message>
        <source>A session group (session_group_id) is required.</source>
        <translation>Se requiere un grupo de sesiones (session_group_id).</translation>
    </message>
    <message>
        <source>The session group id (session_group_id) is not a valid UUID.</source>
        <translation>El id del grupo de sesiones (session_group_id) no es un UUID válido.</translation>
    </message>
    <message>
        <source>Choose a camera setup (camera_setup_selection is required).</source>
        <translation>Elija una configuración de cámara (camera_setup_selection es obligatorio).</translation>
    </message>
    <message>
        <source>The camera setup (camera_setup_selection) must be single.front_on or single.down_the_line.</source>
        <translation>La configuración de cámara (camera_setup_selection) debe ser single.front_on o single.down_the_line.</translation>
    </message>
    <message>
        <source>The camera orientation (camera_orientation) must be portrait or landscape.</source>
        <translation>La orientación de la cámara (camera_orientation) debe ser portrait o landscape.</translation>
    </message>
    <message>
        <source>The camera key %1 cannot be given as an extra key.</source>
        <translation>La clave de cámara %1 no se puede indicar como clave adicional.</translation>
    </message>
    <message>
        <source>A camera key must not be blank.</source>
        <translation>Una clave de cámara no puede estar vacía.</translation>
    </message>
    <message>
        <source>Choose an activity (activity is required).</source>
        <translation>Elija una actividad (activity es obligatorio).</translation>
    </message>
    <message numerus="yes">
        <source>The activity must be at most %n characters.</source>
        <translation>
            <numerusform>La actividad debe tener como máximo %n carácter.</numerusform>
            <numerusform>La actividad debe tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a movement (movement is required).</source>
        <translation>Elija un movimiento (movement es obligatorio).</translation>
    </message>
    <message numerus="yes">
        <source>The movement must be at most %n characters.</source>
        <translation>
            <numerusform>El movimiento debe tener como máximo %n carácter.</numerusform>
            <numerusform>El movimiento debe tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The movement key %1 cannot be given as a dimension.</source>
        <translation>La clave de movimiento %1 no se puede indicar como dimensión.</translation>
    </message>
    <message>
        <source>A movement dimension name must not be blank.</source>
        <translation>El nombre de una dimensión del movimiento no puede estar vacío.</translation>
    </message>
    <message>
        <source>A file name (file_name) is required.</source>
        <translation>Se requiere un nombre de archivo (file_name).</translation>
    </message>
    <message>
        <source>The file name (file_name) must not be blank.</source>
        <translation>El nombre de archivo (file_name) no puede estar vacío.</translation>
    </message>
    <message numerus="yes">
        <source>The file name must be at most %n characters.</source>
        <translation>
            <numerusform>El nombre de archivo debe tener como máximo %n carácter.</numerusform>
            <numerusform>El nombre de archivo debe tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file name must not contain / or \.</source>
        <translation>El nombre de archivo no puede contener / ni \.</translation>
    </message>
    <message>
        <source>The file name must end in .mov.</source>
        <translation>El nombre de archivo debe terminar en .mov.</translation>
    </message>
    <message>
        <source>The file name needs a name before .mov.</source>
        <translation>El nombre de archivo necesita un nombre antes de .mov.</translation>
    </message>
    <message>
        <source>The capture time (capture_time) is in the future.</source>
        <translation>La hora de captura (capture_time) está en el futuro.</translation>
    </message>
    <message>
        <source>The field %1 must be a string.</source>
        <translation>El campo %1 debe ser una cadena.</translation>
    </message>
    <message>
        <source>The field camera_configuration must be an object.</source>
        <translation>El campo camera_configuration debe ser un objeto.</translation>
    </message>
    <message>
        <source>The field movement_attributes must be an object.</source>
        <translation>El campo movement_attributes debe ser un objeto.</translation>
    </message>
    <message>
        <source>The capture time (capture_time) is not an ISO 8601 date-time with a time zone.</source>
        <translation>La hora de captura (capture_time) no es una fecha y hora ISO 8601 con zona horaria.</translation>
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
        <translation>Detenido por la señal %1. Los trabajos sin terminar siguen en la cola: ejecute el mismo comando de nuevo (o abra la ventana) para continuar; una subida interrumpida vuelve a empezar desde el principio.</translation>
    </message>
    <message>
        <source>Upload videos to Uplift through the same queue as the window. Everything is checked before anything is sent.</source>
        <translation>Subir vídeos a Uplift mediante la misma cola que la ventana. Todo se comprueba antes de enviar nada.</translation>
    </message>
    <message>
        <source>%1 is already in the queue as job %2; following it.</source>
        <translation>%1 ya está en la cola como trabajo %2; se sigue ese trabajo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Print JSON, with each job's history.</source>
        <translation>Imprimir JSON, con el historial de cada trabajo.</translation>
    </message>
    <message>
        <source>List the upload queue.</source>
        <translation>Listar la cola de subidas.</translation>
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
        <translation>El número del trabajo, tal como lo muestra `uplift-capture jobs`.</translation>
    </message>
    <message>
        <source>Wait until Uplift has processed the file.</source>
        <translation>Esperar hasta que Uplift haya procesado el archivo.</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Imprimir un objeto JSON por línea.</translation>
    </message>
    <message>
        <source>The Uplift API's base URL.</source>
        <translation>La URL base de la API de Uplift.</translation>
    </message>
    <message>
        <source>Put a failed or cancelled job back in the queue and upload it.</source>
        <translation>Volver a poner en la cola un trabajo fallido o cancelado y subirlo.</translation>
    </message>
    <message>
        <source>Cancel a job that has not been uploaded yet.</source>
        <translation>Cancelar un trabajo que aún no se ha subido.</translation>
    </message>
    <message>
        <source>uplift-capture %1: name one job number.</source>
        <translation>uplift-capture %1: indique un número de trabajo.</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>No existe el trabajo %1.</translation>
    </message>
    <message>
        <source>Job %1 is %2 and cannot be cancelled.</source>
        <translation>El trabajo %1 está %2 y no se puede cancelar.</translation>
    </message>
    <message>
        <source>Job %1 cancelled.</source>
        <translation>Trabajo %1 cancelado.</translation>
    </message>
    <message>
        <source>Job %1 could not be cancelled.</source>
        <translation>No se pudo cancelar el trabajo %1.</translation>
    </message>
    <message>
        <source>Only athletes whose name or email contains TEXT.</source>
        <translation>Solo los atletas cuyo nombre o correo contiene TEXT.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>List the athletes of the account.</source>
        <translation>Listar los atletas de la cuenta.</translation>
    </message>
    <message>
        <source>%1	%2	%3</source>
        <translation>%1	%2	%3</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Comando desconocido: %1</translation>
    </message>
    <message>
        <source>This program cannot start the sandbox; run `uplift-capture sandbox` and give its address with --api-url instead.</source>
        <translation>Este programa no puede iniciar el entorno de pruebas; ejecute `uplift-capture sandbox` e indique su dirección con --api-url.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>No se pudo iniciar el entorno de pruebas: %1</translation>
    </message>
    <message>
        <source>With --sandbox the command uses the sandbox window's queue; while that window is open, add the videos there, or close it and run the command again.</source>
        <translation>Con --sandbox, el comando usa la cola de la ventana del entorno de pruebas; mientras esa ventana esté abierta, añada los vídeos allí, o ciérrela y ejecute el comando de nuevo.</translation>
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
        <translation>Códigos de salida:
  0  todos los archivos subidos (con --wait: procesados)
  1  otro fallo (sin clave de API, cola ocupada o ilegible, cancelado)
  2  error de uso o de validación; no se envió nada
  3  la API o S3 rechazó un archivo definitivamente
  4  un archivo siguió fallando hasta agotar sus reintentos
  5  subido, pero el procesamiento terminó con un error (--wait)
  6  se omitió un clip subido (o fallido) antes: se respondió que no, o no había terminal
     donde preguntar ni --again
  130 detenido con Ctrl-C o SIGTERM; los trabajos sin terminar siguen en la cola</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the short yes of [y/N]</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 was already uploaded for %2 on %3 (job %4).</source>
        <translation>%1 ya se subió para %2 el %3 (trabajo %4).</translation>
    </message>
    <message>
        <source>%1 was already queued for %2 on %3 as job %4, which failed; `uplift-capture retry %4` tries that job again.</source>
        <translation>%1 ya se puso en cola para %2 el %3 como trabajo %4, que falló; `uplift-capture retry %4` vuelve a intentar ese trabajo.</translation>
    </message>
    <message>
        <source>%1 was already uploaded as job %2, which Uplift is processing; following it.</source>
        <translation>%1 ya se subió como trabajo %2, que Uplift está procesando; se sigue ese trabajo.</translation>
    </message>
    <message>
        <source>%1 Upload it again? [y/N]</source>
        <translation>%1 ¿Subirlo de nuevo? [s/N]</translation>
    </message>
    <message>
        <source>%1 Not uploaded again; add --again to upload it anyway.</source>
        <translation>%1 No se vuelve a subir; añada --again para subirlo de todos modos.</translation>
    </message>
    <message>
        <source>%1 is left out.</source>
        <translation>%1 se omite.</translation>
    </message>
    <message>
        <source>List the sandbox's queue (the jobs of `uplift-capture --sandbox`) instead of your account's.</source>
        <translation>Listar la cola del entorno de pruebas (los trabajos de `uplift-capture --sandbox`) en lugar de la de su cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>Your account's queue is empty; %n job(s) are in the sandbox's: uplift-capture jobs --sandbox</source>
        <translation>
            <numerusform>La cola de su cuenta está vacía; hay %n trabajo en la del entorno de pruebas: uplift-capture jobs --sandbox</numerusform>
            <numerusform>La cola de su cuenta está vacía; hay %n trabajos en la del entorno de pruebas: uplift-capture jobs --sandbox</numerusform>
        </translation>
    </message>
    <message>
        <source>A job of the sandbox's queue (`uplift-capture jobs --sandbox`); while the sandbox window is open, use the window.</source>
        <translation>Un trabajo de la cola del entorno de pruebas (`uplift-capture jobs --sandbox`); mientras la ventana del entorno de pruebas esté abierta, use la ventana.</translation>
    </message>
    <message>
        <source>uplift-capture %1: --sandbox and --api-url cannot be used together: the sandbox runs on this computer.</source>
        <translation>uplift-capture %1: --sandbox y --api-url no se pueden usar juntos: el entorno de pruebas se ejecuta en este ordenador.</translation>
    </message>
    <message>
        <source>List the sandbox's athletes (those of `uplift-capture --sandbox`) instead of your account's. While the sandbox window is open, those it last loaded.</source>
        <translation>Listar los atletas del entorno de pruebas (los de `uplift-capture --sandbox`) en lugar de los de su cuenta. Mientras la ventana del entorno de pruebas esté abierta, los que cargó por última vez.</translation>
    </message>
    <message>
        <source>uplift-capture athletes: --sandbox and --api-url cannot be used together: the sandbox runs on this computer.</source>
        <translation>uplift-capture athletes: --sandbox y --api-url no se pueden usar juntos: el entorno de pruebas se ejecuta en este ordenador.</translation>
    </message>
    <message>
        <source>The sandbox is in use by another Uplift Capture (process %1), which has not loaded its athletes yet. %2</source>
        <translation>El entorno de pruebas lo está usando otro Uplift Capture (proceso %1), que aún no ha cargado sus atletas. %2</translation>
    </message>
    <message>
        <source>The sandbox window is open (process %1): these are the athletes it last loaded.</source>
        <translation>La ventana del entorno de pruebas está abierta (proceso %1): estos son los atletas que cargó por última vez.</translation>
    </message>
    <message>
        <source>Upload videos to Uplift through the window's queue.</source>
        <translation>Subir vídeos a Uplift mediante la cola de la ventana.</translation>
    </message>
    <message>
        <source>List the upload queue and each job's state.</source>
        <translation>Listar la cola de subidas y el estado de cada trabajo.</translation>
    </message>
    <message>
        <source>List the athletes of the account, with their ids.</source>
        <translation>Listar los atletas de la cuenta, con sus ids.</translation>
    </message>
    <message>
        <source>Put a failed or cancelled job back in the queue.</source>
        <translation>Volver a poner en la cola un trabajo fallido o cancelado.</translation>
    </message>
    <message>
        <source>The takes to listen to: any video the upload command takes.</source>
        <translation>Las tomas que escuchar: cualquier vídeo que acepte el comando upload.</translation>
    </message>
    <message>
        <source>With --movement: the movement filmed, which sets the seconds before and after each impact and the shortest time between two strikes (default: 2 s, 2 s and 2 s).</source>
        <translation>Con --movement: el movimiento grabado, que fija los segundos antes y después de cada impacto y el tiempo mínimo entre dos golpes (predeterminado: 2 s, 2 s y 2 s).</translation>
    </message>
    <message>
        <source>The movement, with --activity.</source>
        <translation>El movimiento, con --activity.</translation>
    </message>
    <message>
        <source>Print one JSON object per file and line: {"file", "audio", "impacts": [{"time", "start", "end", "strength_db"}]}, times in seconds from the first video frame.</source>
        <translation>Escribir un objeto JSON por archivo y línea: {"file", "audio", "impacts": [{"time", "start", "end", "strength_db"}]}, con los tiempos en segundos desde el primer fotograma del vídeo.</translation>
    </message>
    <message>
        <source>List the impacts heard in each take's sound (a ball struck, a landing) and the part around each that `upload --split-at-impacts` would upload; nothing is sent. Times are seconds from the first video frame; strength is the strike's level in dB (0: full scale).</source>
        <translation>Listar los impactos que se oyen en el sonido de cada toma (un golpe a la bola, un aterrizaje) y la parte alrededor de cada uno que subiría `upload --split-at-impacts`; no se envía nada. Los tiempos son segundos desde el primer fotograma del vídeo; la intensidad es el nivel del golpe en dB (0: escala completa).</translation>
    </message>
    <message>
        <source>Exit codes:
  0  every file was listened to (a take without sound or without an impact included)
  2  usage error, or a file could not be read (named, with the reason, on stderr;
     the other files are still listed)</source>
        <translation>Códigos de salida:
  0  se escucharon todos los archivos (incluida una toma sin sonido o sin impactos)
  2  error de uso, o no se pudo leer un archivo (se indica, con el motivo, en stderr;
     los demás archivos se listan igualmente)</translation>
    </message>
    <message>
        <source>uplift-capture impacts: name at least one video file.</source>
        <translation>uplift-capture impacts: indique al menos un archivo de vídeo.</translation>
    </message>
    <message>
        <source>uplift-capture impacts: --activity and --movement go together: the movement sets the parts.</source>
        <translation>uplift-capture impacts: --activity y --movement van juntos: el movimiento fija las partes.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: no se puede leer el archivo.</translation>
    </message>
    <message>
        <source>%1: the file is not there.</source>
        <translation>%1: el archivo no está.</translation>
    </message>
    <message>
        <source>not a video this program can read.</source>
        <translation>no es un vídeo que este programa pueda leer.</translation>
    </message>
    <message>
        <source><byte value="xd" />Listening to %1… %2 %</source>
        <translation><byte value="xd" />Escuchando %1… %2 %</translation>
    </message>
    <message>
        <source>List the impacts heard in videos and the parts a split at impacts makes; nothing is sent.</source>
        <translation>Listar los impactos que se oyen en los vídeos y las partes que resultan al dividir en los impactos; no se envía nada.</translation>
    </message>
    <message>
        <source>List the cards, cameras and phones and their new clips.</source>
        <translation>Listar las tarjetas, cámaras y teléfonos y sus clips nuevos.</translation>
    </message>
    <message>
        <source>Copy the new clips of a card, camera or phone into a folder.</source>
        <translation>Copiar los clips nuevos de una tarjeta, cámara o teléfono en una carpeta.</translation>
    </message>
</context>
<context>
    <name>ClipIdentity</name>
    <message>
        <source>The card did not answer while reading %1.</source>
        <translation>La tarjeta no respondió al leer %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was read.</source>
        <translation>%1 cambió mientras se leía.</translation>
    </message>
</context>
<context>
    <name>ClipImport</name>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 on the card: %2</source>
        <translation>No se puede leer %1 en la tarjeta: %2</translation>
    </message>
    <message>
        <source>The card was taken out while %1 was being copied.</source>
        <translation>Se retiró la tarjeta mientras se copiaba %1.</translation>
    </message>
    <message>
        <source>The card stopped answering while %1 was being copied.</source>
        <translation>La tarjeta dejó de responder mientras se copiaba %1.</translation>
    </message>
    <message>
        <source>%1 is full: %2 could not be copied.</source>
        <translation>No queda espacio en %1: no se pudo copiar %2.</translation>
    </message>
    <message>
        <source>Cannot write %1 into %2: %3</source>
        <translation>No se puede escribir %1 en %2: %3</translation>
    </message>
    <message>
        <source>The copy of %1 does not match the card: it was not kept.</source>
        <translation>La copia de %1 no coincide con la tarjeta: no se ha conservado.</translation>
    </message>
    <message>
        <source>Cannot name the copy of %1: %2</source>
        <translation>No se puede poner nombre a la copia de %1: %2</translation>
    </message>
    <message>
        <source>Too many files are called %1 in %2.</source>
        <translation>Hay demasiados archivos llamados %1 en %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Put it back in to copy the rest: the import goes on where it stopped.</source>
        <translation>Vuelva a introducirla para copiar el resto: la importación continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation>Se detuvo la importación.</translation>
    </message>
    <message>
        <source>Cannot check copies: the system gave no random numbers.</source>
        <translation>No se pueden comprobar las copias: el sistema no da números aleatorios.</translation>
    </message>
    <message>
        <source>Cannot check the copy of %1.</source>
        <translation>No se puede comprobar la copia de %1.</translation>
    </message>
    <message>
        <source>Take it out and put it back in to copy the rest: the import goes on where it stopped.</source>
        <translation>Retírela y vuelva a introducirla para copiar el resto: la importación continúa donde se detuvo.</translation>
    </message>
</context>
<context>
    <name>ClipRange</name>
    <message>
        <source>"%1" is not a range: write START-END, e.g. 12.5-16 or 1:02-1:06.5</source>
        <translation>«%1» no es un intervalo: escriba INICIO-FIN, p. ej. 12.5-16 o 1:02-1:06.5</translation>
    </message>
    <message>
        <source>"%1" is not a range: each side is seconds (12.5) or [hh:]mm:ss[.fff] (1:02.5)</source>
        <translation>«%1» no es un intervalo: cada lado es en segundos (12.5) o [hh:]mm:ss[.fff] (1:02.5)</translation>
    </message>
    <message>
        <source>The range %1 ends before it starts</source>
        <translation>El intervalo %1 termina antes de empezar</translation>
    </message>
    <message>
        <source>The range %1–%2 ends before it starts</source>
        <translation>El intervalo %1–%2 termina antes de empezar</translation>
    </message>
    <message>
        <source>The range %1–%2 starts after the end of the video (%3)</source>
        <translation>El intervalo %1–%2 empieza después del final del vídeo (%3)</translation>
    </message>
    <message>
        <source>The ranges %1–%2 and %3–%4 overlap</source>
        <translation>Los intervalos %1–%2 y %3–%4 se solapan</translation>
    </message>
</context>
<context>
    <name>ClipRemux</name>
    <message>
        <source>Preparation was cancelled</source>
        <translation>Se canceló la preparación</translation>
    </message>
    <message>
        <source>This video cannot go into a .mov without re-encoding</source>
        <translation>Este vídeo no cabe en un .mov sin recodificarlo</translation>
    </message>
    <message>
        <source>The range ends before it starts</source>
        <translation>El intervalo termina antes de empezar</translation>
    </message>
    <message>
        <source>The range starts after the end of the video</source>
        <translation>El intervalo empieza después del final del vídeo</translation>
    </message>
    <message>
        <source>Not enough free space to prepare the clip: it needs %1 MB, %2 MB are free in %3</source>
        <translation>No hay espacio libre suficiente para preparar el clip: necesita %1 MB y hay %2 MB libres en %3</translation>
    </message>
    <message>
        <source>The video cannot be read at %1 s</source>
        <translation>No se puede leer el vídeo en %1 s</translation>
    </message>
    <message>
        <source>The .mov writer could not start (%1)</source>
        <translation>No se pudo empezar a escribir el .mov (%1)</translation>
    </message>
    <message>
        <source>An audio track cannot go into a .mov without re-encoding</source>
        <translation>Una pista de audio no cabe en un .mov sin recodificarla</translation>
    </message>
    <message>
        <source>Out of memory while preparing the clip</source>
        <translation>Memoria insuficiente al preparar el clip</translation>
    </message>
    <message>
        <source>The prepared clip cannot be written in %1 (%2)</source>
        <translation>No se puede escribir el clip preparado en %1 (%2)</translation>
    </message>
    <message>
        <source>The .mov header cannot be written (%1)</source>
        <translation>No se puede escribir la cabecera del .mov (%1)</translation>
    </message>
    <message>
        <source>The prepared clip could not be written (%1)</source>
        <translation>No se pudo escribir el clip preparado (%1)</translation>
    </message>
    <message>
        <source>No video was found in the chosen range</source>
        <translation>No se encontró vídeo en el intervalo elegido</translation>
    </message>
    <message>
        <source>The prepared clip could not be finished (%1)</source>
        <translation>No se pudo terminar el clip preparado (%1)</translation>
    </message>
    <message>
        <source>The prepared clip could not be renamed to %1</source>
        <translation>No se pudo renombrar el clip preparado a %1</translation>
    </message>
    <message>
        <source>the recording could not be read after %1 s (%2); the clip ends there</source>
        <translation>no se pudo leer la grabación después de %1 s (%2); el clip termina ahí</translation>
    </message>
</context>
<context>
    <name>CoachAccount</name>
    <message>
        <source>Connected: the key works.</source>
        <translation>Conectado: la clave funciona.</translation>
    </message>
    <message>
        <source>the list saved on this computer is shown (%1)</source>
        <translation>se muestra la lista guardada en este ordenador (%1)</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and this computer's internet connection.</source>
        <translation>No se puede contactar con el servidor. Compruebe la dirección y la conexión a Internet de este ordenador.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>El servidor no respondió a tiempo. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Something answered at this address, but it is not the Uplift API. Check the address.</source>
        <translation>Algo respondió en esta dirección, pero no es la API de Uplift. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>The server refused this API key. Check that it was copied completely, or make a new one in the Uplift Capture web app.</source>
        <translation>El servidor rechazó esta clave de API. Compruebe que se copió completa o cree una nueva en la aplicación web de Uplift Capture.</translation>
    </message>
    <message>
        <source>This API key may not read the athletes. Ask your organisation's admin for a key with access.</source>
        <translation>Esta clave de API no puede leer los atletas. Pida al administrador de su organización una clave con acceso.</translation>
    </message>
    <message>
        <source>There is no Uplift API at this address. Check the address (it normally ends in /v1).</source>
        <translation>No hay ninguna API de Uplift en esta dirección. Compruebe la dirección (normalmente termina en /v1).</translation>
    </message>
    <message>
        <source>The server is busy (too many requests). Try again in a minute.</source>
        <translation>El servidor está ocupado (demasiadas solicitudes). Vuelva a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>The Uplift server has a problem right now (HTTP %1). Try again later.</source>
        <translation>El servidor de Uplift tiene un problema en este momento (HTTP %1). Vuelva a intentarlo más tarde.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>No API key is saved yet. Enter it in Settings, or set the environment variable %1.</source>
        <translation>Aún no hay ninguna clave de API guardada. Escríbala en Ajustes o defina la variable de entorno %1.</translation>
    </message>
    <message>
        <source>No keychain service is available on this computer (%1), so Uplift Capture cannot keep an API key. Set the environment variable %2 instead.</source>
        <translation>No hay ningún servicio de llavero en este ordenador (%1), así que Uplift Capture no puede guardar una clave de API. Defina en su lugar la variable de entorno %2.</translation>
    </message>
    <message>
        <source>The keychain refused to give out the API key (%1). Unlock the keychain, or set the environment variable %2.</source>
        <translation>El llavero no entregó la clave de API (%1). Desbloquee el llavero o defina la variable de entorno %2.</translation>
    </message>
    <message>
        <source>The API key was saved in the keychain, but the environment variable %1 is set and takes precedence.</source>
        <translation>La clave de API se guardó en el llavero, pero la variable de entorno %1 está definida y tiene prioridad.</translation>
    </message>
    <message>
        <source>The API key was not saved: no keychain service is available on this computer (%1). It was not written anywhere else; set the environment variable %2 instead.</source>
        <translation>La clave de API no se guardó: no hay ningún servicio de llavero en este ordenador (%1). No se escribió en ningún otro sitio; defina en su lugar la variable de entorno %2.</translation>
    </message>
    <message>
        <source>The keychain did not save the API key (%1).</source>
        <translation>El llavero no guardó la clave de API (%1).</translation>
    </message>
    <message>
        <source>The API key could not be removed from the keychain (%1).</source>
        <translation>No se pudo quitar la clave de API del llavero (%1).</translation>
    </message>
    <message>
        <source>The environment variable %1 is not a usable key: %2</source>
        <translation>La variable de entorno %1 no contiene una clave utilizable: %2</translation>
    </message>
    <message>
        <source>The API key saved in the keychain cannot be used: %1 Enter it again in Settings.</source>
        <translation>La clave de API guardada en el llavero no se puede usar: %1 Introdúzcala de nuevo en Ajustes.</translation>
    </message>
</context>
<context>
    <name>DeviceCommand</name>
    <message>
        <source>Use the sandbox's list of imported clips (the one of `uplift-capture --sandbox`) instead of your own.</source>
        <translation>Usar la lista de clips importados del entorno de pruebas (la de `uplift-capture --sandbox`) en lugar de la suya.</translation>
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
        <translation>importado</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>%1 (file time)</source>
        <translation>%1 (hora del archivo)</translation>
    </message>
    <message numerus="yes">
        <source> (%n chapter(s))</source>
        <translation>
            <numerusform> (%n capítulo)</numerusform>
            <numerusform> (%n capítulos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>List the cards, cameras and phones there are, and their clips: new, or imported before.</source>
        <translation>Listar las tarjetas, cámaras y teléfonos que hay y sus clips: nuevos o importados antes.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  listed (perhaps nothing)
  1  the list of imported clips cannot be read, or looking took too long
  2  usage error</source>
        <translation>Códigos de salida:
  0  listado (quizá vacío)
  1  no se puede leer la lista de clips importados, o la búsqueda tardó demasiado
  2  error de uso</translation>
    </message>
    <message>
        <source>uplift-capture devices takes no file or folder; to import one, use uplift-capture import FOLDER</source>
        <translation>uplift-capture devices no admite archivos ni carpetas; para importar una, use uplift-capture import CARPETA</translation>
    </message>
    <message>
        <source>Looking for cards, cameras and phones took too long.</source>
        <translation>La búsqueda de tarjetas, cámaras y teléfonos tardó demasiado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) %3: %Ln new of %4</source>
        <translation>
            <numerusform>%1 (%2) %3: %Ln nuevo de %4</numerusform>
            <numerusform>%1 (%2) %3: %Ln nuevos de %4</numerusform>
        </translation>
    </message>
    <message>
        <source>No card, camera or phone with videos is there.</source>
        <translation>No hay ninguna tarjeta, cámara ni teléfono con vídeos.</translation>
    </message>
    <message>
        <source>The card's, camera's or phone's folder (the one holding DCIM or PRIVATE/AVCHD), as `uplift-capture devices` lists it.</source>
        <translation>La carpeta de la tarjeta, cámara o teléfono (la que contiene DCIM o PRIVATE/AVCHD), tal como la lista `uplift-capture devices`.</translation>
    </message>
    <message>
        <source>Copy into this folder (default: %1).</source>
        <translation>Copiar en esta carpeta (predeterminada: %1).</translation>
    </message>
    <message>
        <source>Copy every new clip of a card, camera or phone into a folder and print the paths of the copies. A clip imported before (even renamed, or from another card) is left out; a file already in the folder is never overwritten.</source>
        <translation>Copiar todos los clips nuevos de una tarjeta, cámara o teléfono en una carpeta y escribir las rutas de las copias. Un clip importado antes (aunque se haya renombrado o venga de otra tarjeta) se omite; nunca se sobrescribe un archivo que ya esté en la carpeta.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  new clips were copied
  1  a copy failed (nothing recorded for it, its partial file removed), or the
     card went away (run the command again when it is back: the copy goes on)
  2  usage error, or SOURCE is not a folder with DCIM or PRIVATE/AVCHD in it
  3  nothing new: every clip was imported before
  130 stopped by Ctrl-C or SIGTERM (run it again to go on)</source>
        <translation>Códigos de salida:
  0  se copiaron clips nuevos
  1  falló una copia (no se registra nada de ella y se borra su archivo parcial), o la
     tarjeta se retiró (ejecute el comando de nuevo cuando vuelva: la copia continúa)
  2  error de uso, o SOURCE no es una carpeta que contenga DCIM o PRIVATE/AVCHD
  3  nada nuevo: todos los clips se importaron antes
  130 detenido con Ctrl-C o SIGTERM (ejecútelo de nuevo para continuar)</translation>
    </message>
    <message>
        <source>uplift-capture import: give one card, camera or phone folder (SOURCE).</source>
        <translation>uplift-capture import: indique una carpeta de tarjeta, cámara o teléfono (SOURCE).</translation>
    </message>
    <message>
        <source>Copying %1 of %2: %3 of %4</source>
        <translation>Copiando %1 de %2: %3 de %4</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, quedan %1</translation>
    </message>
    <message>
        <source>Nothing new on %1: every clip was imported before.</source>
        <translation>Nada nuevo en %1: todos los clips se importaron antes.</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop highlight</source>
        <translation>Resaltado de la zona para soltar</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>Could not reach the upload server (connection refused).</source>
        <translation>No se pudo conectar con el servidor de subida (conexión rechazada).</translation>
    </message>
    <message>
        <source>Could not find the upload server (its name did not resolve).</source>
        <translation>No se encontró el servidor de subida (no se pudo resolver su nombre).</translation>
    </message>
    <message>
        <source>The upload server closed the connection before the upload finished.</source>
        <translation>El servidor de subida cerró la conexión antes de que terminara la subida.</translation>
    </message>
    <message>
        <source>The upload server did not answer in time.</source>
        <translation>El servidor de subida no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The upload was stopped before it finished.</source>
        <translation>La subida se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>A secure connection to the upload server could not be made.</source>
        <translation>No se pudo establecer una conexión segura con el servidor de subida.</translation>
    </message>
    <message>
        <source>The network connection was lost during the upload.</source>
        <translation>Se perdió la conexión de red durante la subida.</translation>
    </message>
    <message>
        <source>The network's proxy server did not let the upload through.</source>
        <translation>El servidor proxy de la red no dejó pasar la subida.</translation>
    </message>
    <message>
        <source>The connection to the upload server failed.</source>
        <translation>Falló la conexión con el servidor de subida.</translation>
    </message>
    <message>
        <source>The upload server refused the file as too large.</source>
        <translation>El servidor de subida rechazó el archivo por ser demasiado grande.</translation>
    </message>
    <message>
        <source>The upload server refused the file as too small.</source>
        <translation>El servidor de subida rechazó el archivo por ser demasiado pequeño.</translation>
    </message>
    <message>
        <source>The upload server refused the upload (its permission was not accepted or ran out).</source>
        <translation>El servidor de subida rechazó la subida (su permiso no se aceptó o caducó).</translation>
    </message>
    <message>
        <source>The upload server is busy.</source>
        <translation>El servidor de subida está ocupado.</translation>
    </message>
    <message>
        <source>The upload server gave up waiting for the file.</source>
        <translation>El servidor de subida dejó de esperar el archivo.</translation>
    </message>
    <message>
        <source>The upload server had a problem of its own (HTTP %1).</source>
        <translation>El servidor de subida tuvo un problema interno (HTTP %1).</translation>
    </message>
    <message>
        <source>The upload server refused the upload (HTTP %1).</source>
        <translation>El servidor de subida rechazó la subida (HTTP %1).</translation>
    </message>
    <message>
        <source>The upload server refused the upload.</source>
        <translation>El servidor de subida rechazó la subida.</translation>
    </message>
    <message>
        <source>Check that this computer is online; it is tried again by itself.</source>
        <translation>Compruebe que este ordenador tiene conexión a Internet; se volverá a intentar automáticamente.</translation>
    </message>
    <message>
        <source>It is tried again by itself.</source>
        <translation>Se volverá a intentar automáticamente.</translation>
    </message>
    <message>
        <source>Check that this computer is online, then choose Retry.</source>
        <translation>Compruebe que este ordenador tiene conexión a Internet y luego elija Reintentar.</translation>
    </message>
    <message>
        <source>Choose Retry to try again; the details say more.</source>
        <translation>Elija Reintentar para volver a intentarlo; los detalles dan más información.</translation>
    </message>
    <message>
        <source>It is sent when the connection is back.</source>
        <translation>Se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>The upload server stopped answering.</source>
        <translation>El servidor de subida dejó de responder.</translation>
    </message>
    <message>
        <source>The upload server sent an answer far too long to be a real one.</source>
        <translation>El servidor de subida envió una respuesta demasiado larga para ser real.</translation>
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
        <translation>La imagen del vídeo tiene un tamaño que no se puede mostrar</translation>
    </message>
    <message>
        <source>The video's picture is in a form that cannot be shown</source>
        <translation>La imagen del vídeo está en un formato que no se puede mostrar</translation>
    </message>
    <message>
        <source>Out of memory while making the video's picture</source>
        <translation>Sin memoria al crear la imagen del vídeo</translation>
    </message>
    <message>
        <source>The video's picture could not be made</source>
        <translation>No se pudo crear la imagen del vídeo</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>The file has no video that can be shown</source>
        <translation>El archivo no tiene un vídeo que se pueda mostrar</translation>
    </message>
    <message>
        <source>Out of memory while opening the video</source>
        <translation>Sin memoria al abrir el vídeo</translation>
    </message>
    <message>
        <source>The video cannot be decoded (%1)</source>
        <translation>El vídeo no se puede decodificar (%1)</translation>
    </message>
    <message>
        <source>Out of memory while decoding the video</source>
        <translation>Sin memoria al decodificar el vídeo</translation>
    </message>
    <message>
        <source>The video's picture could not be found in a reasonable time</source>
        <translation>No se encontró la imagen del vídeo en un tiempo razonable</translation>
    </message>
    <message>
        <source>The video could not be read to its picture (%1)</source>
        <translation>No se pudo leer el vídeo hasta su imagen (%1)</translation>
    </message>
    <message>
        <source>The video has no picture that can be decoded</source>
        <translation>El vídeo no tiene ninguna imagen que se pueda decodificar</translation>
    </message>
</context>
<context>
    <name>FrameRate</name>
    <message>
        <source>The uploaded file could not be read.</source>
        <translation>No se pudo leer el archivo subido.</translation>
    </message>
    <message>
        <source>The uploaded file is not a playable video (no QuickTime movie header found).</source>
        <translation>El archivo subido no es un vídeo reproducible (no hay cabecera de película QuickTime).</translation>
    </message>
    <message>
        <source>The uploaded file has no video track.</source>
        <translation>El archivo subido no tiene pista de vídeo.</translation>
    </message>
    <message>
        <source>The frame rate of the uploaded video cannot be determined.</source>
        <translation>No se puede determinar la frecuencia de imagen del vídeo subido.</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Uplift Capture started again</source>
        <translation>Uplift Capture se abrió de nuevo</translation>
    </message>
    <message>
        <source>Preparing the clip</source>
        <translation>Preparando el clip</translation>
    </message>
    <message>
        <source>Checking the video is unchanged</source>
        <translation>Comprobando que el vídeo no cambió</translation>
    </message>
    <message>
        <source>Upload link from Uplift</source>
        <translation>Enlace de subida de Uplift</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Subida</translation>
    </message>
    <message>
        <source>Analysis by Uplift</source>
        <translation>Análisis de Uplift</translation>
    </message>
    <message>
        <source>Asking Uplift what became of it</source>
        <translation>Preguntando a Uplift qué pasó</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Uploads paused</source>
        <translation>Subidas en pausa</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>started</source>
        <translation>iniciado</translation>
    </message>
    <message>
        <source>made again</source>
        <translation>hecho de nuevo</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>the video changed, prepared again</source>
        <translation>el vídeo cambió, preparado de nuevo</translation>
    </message>
    <message>
        <source>goes on from where it was</source>
        <translation>sigue donde se quedó</translation>
    </message>
    <message>
        <source>its answer was lost, Uplift is asked</source>
        <translation>se perdió la respuesta, se pregunta a Uplift</translation>
    </message>
    <message>
        <source>the link had expired, a new one was asked for</source>
        <translation>el enlace había caducado, se pidió uno nuevo</translation>
    </message>
    <message>
        <source>the link could not be used, a new one was asked for</source>
        <translation>el enlace no se pudo usar, se pidió uno nuevo</translation>
    </message>
    <message>
        <source>tried again soon</source>
        <translation>se reintenta en breve</translation>
    </message>
    <message>
        <source>the link expired</source>
        <translation>el enlace caducó</translation>
    </message>
    <message>
        <source>waiting for the network</source>
        <translation>esperando la red</translation>
    </message>
    <message>
        <source>no tries left</source>
        <translation>no quedan intentos</translation>
    </message>
    <message>
        <source>the time for trying again ran out</source>
        <translation>se acabó el tiempo para reintentar</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>Uplift reported an error</source>
        <translation>Uplift informó de un error</translation>
    </message>
    <message>
        <source>asked for</source>
        <translation>solicitado</translation>
    </message>
    <message>
        <source>found at Uplift</source>
        <translation>encontrado en Uplift</translation>
    </message>
    <message>
        <source>not uploaded yet</source>
        <translation>aún no subido</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>no se pudo comprobar</translation>
    </message>
    <message>
        <source>not found at Uplift</source>
        <translation>no encontrado en Uplift</translation>
    </message>
    <message>
        <source>reserved but never used</source>
        <translation>reservado pero nunca usado</translation>
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
        <translation>Se canceló la búsqueda de impactos</translation>
    </message>
    <message>
        <source>The sound of this video cannot be read (no decoder for it)</source>
        <translation>No se puede leer el sonido de este vídeo (no hay decodificador para él)</translation>
    </message>
    <message>
        <source>The sound of this video cannot be read (%1)</source>
        <translation>No se puede leer el sonido de este vídeo (%1)</translation>
    </message>
    <message>
        <source>Out of memory while finding the impacts</source>
        <translation>Memoria insuficiente al buscar los impactos</translation>
    </message>
    <message>
        <source>The video's frames cannot be read</source>
        <translation>No se pueden leer los fotogramas del vídeo</translation>
    </message>
</context>
<context>
    <name>ImpactSplit</name>
    <message>
        <source>%1: no sound track, so no impacts to split it at.</source>
        <translation>%1: sin pista de sonido, así que no hay impactos en los que dividirlo.</translation>
    </message>
    <message>
        <source>%1: no impact heard.</source>
        <translation>%1: no se oyó ningún impacto.</translation>
    </message>
    <message>
        <source>%1: impacts heard: %2; each part %3 s before to %4 s after (time, part, strength):</source>
        <translation>%1: impactos oídos: %2; cada parte desde %3 s antes hasta %4 s después (hora, parte, intensidad):</translation>
    </message>
    <message>
        <source>  %1	%2 s	%3-%4 s	%5 dB</source>
        <translation>  %1	%2 s	%3-%4 s	%5 dB</translation>
    </message>
    <message>
        <source>Split at Impacts</source>
        <translation>Dividir en los impactos</translation>
    </message>
    <message>
        <source>Find each strike in the sound and make each swing its own clip</source>
        <translation>Buscar cada golpe en el sonido y convertir cada swing en un clip propio</translation>
    </message>
    <message>
        <source>Add at Playhead</source>
        <translation>Añadir en la posición actual</translation>
    </message>
    <message>
        <source>Add an impact where the video is now</source>
        <translation>Añadir un impacto en el punto actual del vídeo</translation>
    </message>
    <message>
        <source>A Frame Earlier</source>
        <translation>Un fotograma antes</translation>
    </message>
    <message>
        <source>Move the chosen impact a frame earlier</source>
        <translation>Mover el impacto elegido un fotograma antes</translation>
    </message>
    <message>
        <source>A Frame Later</source>
        <translation>Un fotograma después</translation>
    </message>
    <message>
        <source>Move the chosen impact a frame later</source>
        <translation>Mover el impacto elegido un fotograma después</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change to the parts</source>
        <translation>Deshacer el último cambio en las partes</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop finding impacts</source>
        <translation>Dejar de buscar impactos</translation>
    </message>
    <message>
        <source>Remove Part</source>
        <translation>Quitar parte</translation>
    </message>
    <message>
        <source>Remove the chosen part</source>
        <translation>Quitar la parte elegida</translation>
    </message>
    <message>
        <source>Play Part</source>
        <translation>Reproducir parte</translation>
    </message>
    <message>
        <source>Play the chosen part</source>
        <translation>Reproducir la parte elegida</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Antes:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Después:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before each impact</source>
        <translation>Segundos antes de cada impacto</translation>
    </message>
    <message>
        <source>Seconds after each impact</source>
        <translation>Segundos después de cada impacto</translation>
    </message>
    <message>
        <source>How much of each swing comes before the impact, remembered for the movement</source>
        <translation>Cuánto de cada swing va antes del impacto; se recuerda para el movimiento</translation>
    </message>
    <message>
        <source>How much of each swing comes after the impact, remembered for the movement</source>
        <translation>Cuánto de cada swing va después del impacto; se recuerda para el movimiento</translation>
    </message>
    <message>
        <source>Split at impacts</source>
        <translation>Dividir en los impactos</translation>
    </message>
    <message>
        <source>Parts split at impacts</source>
        <translation>Partes divididas en los impactos</translation>
    </message>
    <message>
        <source>Change the parts</source>
        <translation>Cambiar las partes</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>each impact (no movement chosen)</source>
        <translation>cada impacto (sin movimiento elegido)</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>found in the sound, %1</source>
        <translation>encontrado en el sonido, %1</translation>
    </message>
    <message>
        <source>moved by you (found at %1, %2)</source>
        <translation>movido por usted (encontrado en %1, %2)</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>añadido por usted</translation>
    </message>
    <message>
        <source>none (the same time as another)</source>
        <translation>ninguna (a la misma hora que otro)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Waiting to find the impacts of this take…</source>
        <translation>Esperando para buscar los impactos de esta toma…</translation>
    </message>
    <message>
        <source>Finding impacts in the sound: take %1 of %2 (%3 %)…</source>
        <translation>Buscando impactos en el sonido: toma %1 de %2 (%3 %)…</translation>
    </message>
    <message>
        <source>Finding impacts in the sound (%1 %)…</source>
        <translation>Buscando impactos en el sonido (%1 %)…</translation>
    </message>
    <message>
        <source>No part left: the whole take is uploaded unless you undo (Ctrl+Z) or mark parts.</source>
        <translation>No queda ninguna parte: se sube la toma entera, salvo que deshaga (Ctrl+Z) o marque partes.</translation>
    </message>
    <message numerus="yes">
        <source>%n impacts found in the sound: each part is its own clip.</source>
        <translation>
            <numerusform>%n impacto encontrado en el sonido: cada parte es un clip propio.</numerusform>
            <numerusform>%n impactos encontrados en el sonido: cada parte es un clip propio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts: each is its own clip.</source>
        <translation>
            <numerusform>%n parte: es un clip propio.</numerusform>
            <numerusform>%n partes: cada una es un clip propio.</numerusform>
        </translation>
    </message>
    <message>
        <source>This video has no sound, so impacts cannot be found — mark the parts by hand.</source>
        <translation>Este vídeo no tiene sonido, así que no se pueden buscar impactos: marque las partes a mano.</translation>
    </message>
    <message>
        <source>No impact was found in the sound of this video — mark the parts by hand.</source>
        <translation>No se encontró ningún impacto en el sonido de este vídeo: marque las partes a mano.</translation>
    </message>
    <message>
        <source>The sound of this video could not be read (%1) — mark the parts by hand.</source>
        <translation>No se pudo leer el sonido de este vídeo (%1): marque las partes a mano.</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Detenido: no se cambió nada.</translation>
    </message>
    <message>
        <source>Marked by hand: the parts are your marks now (Undo brings back the impacts' parts).</source>
        <translation>Marcado a mano: ahora las partes son sus marcas (Deshacer recupera las partes de los impactos).</translation>
    </message>
    <message>
        <source>Finding impacts: take %1 of %2, %3 (%4 %)…</source>
        <translation>Buscando impactos: toma %1 de %2, %3 (%4 %)…</translation>
    </message>
    <message>
        <source>Finding impacts in %1 (%2 %)…</source>
        <translation>Buscando impactos en %1 (%2 %)…</translation>
    </message>
    <message>
        <source>Impact time</source>
        <translation>Momento del impacto</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>ImpactWindow</name>
    <message>
        <source>The time before and after an impact cannot be negative.</source>
        <translation>El tiempo antes y después de un impacto no puede ser negativo.</translation>
    </message>
    <message>
        <source>The time before and after an impact can be at most %1 s each.</source>
        <translation>El tiempo antes y después de un impacto puede ser como máximo de %1 s cada uno.</translation>
    </message>
    <message>
        <source>The time before and after an impact must together be at least %1 s.</source>
        <translation>El tiempo antes y después de un impacto debe sumar al menos %1 s.</translation>
    </message>
    <message>
        <source>The shortest time between two strikes must be %1–%2 s.</source>
        <translation>El tiempo mínimo entre dos golpes debe ser de %1–%2 s.</translation>
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
        <translation>No se puede crear la carpeta de la lista de clips importados</translation>
    </message>
    <message>
        <source>Cannot open the list of imported clips</source>
        <translation>No se puede abrir la lista de clips importados</translation>
    </message>
    <message>
        <source>Cannot set up the list of imported clips</source>
        <translation>No se puede preparar la lista de clips importados</translation>
    </message>
    <message>
        <source>Cannot read the list of imported clips</source>
        <translation>No se puede leer la lista de clips importados</translation>
    </message>
    <message>
        <source>The list of imported clips was written by a newer version of Uplift Capture</source>
        <translation>La lista de clips importados la escribió una versión más reciente de Uplift Capture</translation>
    </message>
    <message>
        <source>A clip without its identity cannot be recorded</source>
        <translation>No se puede registrar un clip sin su identidad</translation>
    </message>
    <message>
        <source>Cannot record the imported clip</source>
        <translation>No se puede registrar el clip importado</translation>
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
        <translation>Seleccione una subida para ver qué ocurrió con ella.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Upload history</source>
        <translation>Historial de la subida</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar detalles técnicos</translation>
    </message>
    <message>
        <source>Copy for Support</source>
        <translation>Copiar para soporte</translation>
    </message>
    <message>
        <source>Copy technical details</source>
        <translation>Copiar detalles técnicos</translation>
    </message>
    <message>
        <source>Copy the technical details to send them to Uplift support</source>
        <translation>Copiar los detalles técnicos para enviarlos al soporte de Uplift</translation>
    </message>
    <message>
        <source>Selected upload</source>
        <translation>Subida seleccionada</translation>
    </message>
</context>
<context>
    <name>JobListView</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Esperando para reintentar</translation>
    </message>
    <message>
        <source>Reserving</source>
        <translation>Reservando</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
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
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation>Atleta</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Session group</source>
        <translation>Grupo de sesiones</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>%1, %2 s to %3 s</source>
        <translation>%1, de %2 s a %3 s</translation>
    </message>
    <message>
        <source>Preparing %1 %</source>
        <translation>Preparando %1 %</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source>Athlete %1</source>
        <translation>Atleta %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <source>The upload was interrupted and starts again from the beginning.</source>
        <translation>La subida se interrumpió y vuelve a empezar desde el principio.</translation>
    </message>
    <message>
        <source>The file is not there: %1</source>
        <translation>El archivo no está: %1</translation>
    </message>
    <message>
        <source>Paused; this upload will start again from the beginning.</source>
        <translation>En pausa; esta subida volverá a empezar desde el principio.</translation>
    </message>
    <message>
        <source>The upload was interrupted; Uplift is asked whether the file arrived before it is sent again from the beginning.</source>
        <translation>La subida se interrumpió; se pregunta a Uplift si el archivo llegó antes de enviarlo de nuevo desde el principio.</translation>
    </message>
    <message>
        <source>The answer to the reservation was lost; looking for it in the captures list.</source>
        <translation>Se perdió la respuesta a la reserva; se busca en la lista de capturas.</translation>
    </message>
    <message>
        <source>Preparing the clip was interrupted; it is prepared again.</source>
        <translation>La preparación del clip se interrumpió; se prepara de nuevo.</translation>
    </message>
    <message>
        <source>The prepared clip was missing or changed; it is prepared again.</source>
        <translation>El clip preparado faltaba o había cambiado; se prepara de nuevo.</translation>
    </message>
    <message>
        <source>The upload address did not answer; reserving a new one in the same session group.</source>
        <translation>La dirección de subida no respondió; se reserva una nueva en el mismo grupo de sesiones.</translation>
    </message>
    <message>
        <source>The upload address refused the clip; reserving a new one in the same session group.</source>
        <translation>La dirección de subida rechazó el clip; se reserva una nueva en el mismo grupo de sesiones.</translation>
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
        <translation>No se puede crear la carpeta de la cola de subidas</translation>
    </message>
    <message>
        <source>Cannot open the upload queue</source>
        <translation>No se puede abrir la cola de subidas</translation>
    </message>
    <message>
        <source>Cannot set up the upload queue</source>
        <translation>No se puede preparar la cola de subidas</translation>
    </message>
    <message>
        <source>Cannot read the upload queue</source>
        <translation>No se puede leer la cola de subidas</translation>
    </message>
    <message>
        <source>The upload queue was written by a newer version of Uplift Capture</source>
        <translation>La cola de subidas la escribió una versión más reciente de Uplift Capture</translation>
    </message>
    <message>
        <source>Cannot update the upload queue</source>
        <translation>No se puede actualizar la cola de subidas</translation>
    </message>
    <message>
        <source>Cannot save the upload</source>
        <translation>No se puede guardar la subida</translation>
    </message>
    <message>
        <source>no job %1</source>
        <translation>no existe el trabajo %1</translation>
    </message>
    <message>
        <source>Cannot save the upload's history</source>
        <translation>No se puede guardar el historial de la subida</translation>
    </message>
    <message>
        <source>Cannot remove the upload</source>
        <translation>No se puede quitar la subida</translation>
    </message>
    <message>
        <source>Cannot reorder the queue</source>
        <translation>No se puede reordenar la cola</translation>
    </message>
</context>
<context>
    <name>JobSummary</name>
    <message numerus="yes">
        <source>%n uploading</source>
        <translation>
            <numerusform>%n subiendo</numerusform>
            <numerusform>%n subiendo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processing</source>
        <translation>
            <numerusform>%n procesando</numerusform>
            <numerusform>%n procesando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n terminada</numerusform>
            <numerusform>%n terminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>No uploads</source>
        <translation>Sin subidas</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>KeyValueEditor</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Key and value pairs</source>
        <translation>Pares de clave y valor</translation>
    </message>
    <message>
        <source>Add a pair</source>
        <translation>Añadir un par</translation>
    </message>
    <message>
        <source>Remove the selected pair</source>
        <translation>Quitar el par seleccionado</translation>
    </message>
</context>
<context>
    <name>LinuxSourceBackend</name>
    <message>
        <source>Another program still has a file open on it.</source>
        <translation>Otro programa todavía tiene abierto uno de sus archivos.</translation>
    </message>
    <message>
        <source>It could not be unmounted.</source>
        <translation>No se pudo desmontar.</translation>
    </message>
    <message>
        <source>%1 is not installed, so it cannot be unmounted from here.</source>
        <translation>%1 no está instalado, así que no se puede desmontar desde aquí.</translation>
    </message>
    <message>
        <source>Uplift Capture is still reading from it (the card does not answer): try again in a moment.</source>
        <translation>Uplift Capture aún está leyendo de ella (la tarjeta no responde): inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready to upload</source>
        <translation>Listos para subir</translation>
    </message>
    <message>
        <source>Videos ready to upload</source>
        <translation>Vídeos listos para subir</translation>
    </message>
    <message>
        <source>Select the videos to describe; they are uploaded together</source>
        <translation>Seleccione los vídeos que quiere describir; se suben juntos</translation>
    </message>
    <message>
        <source>Drop area</source>
        <translation>Zona para soltar</translation>
    </message>
    <message>
        <source>Drop .mov videos or a folder anywhere in this window</source>
        <translation>Suelte vídeos .mov o una carpeta en cualquier parte de esta ventana</translation>
    </message>
    <message>
        <source>Add videos</source>
        <translation>Añadir vídeos</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Describe the selected videos</source>
        <translation>Describir los vídeos seleccionados</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Subidas</translation>
    </message>
    <message>
        <source>Show uploads in state</source>
        <translation>Mostrar subidas en estado</translation>
    </message>
    <message>
        <source>Show only the uploads in one state</source>
        <translation>Mostrar solo las subidas en un estado</translation>
    </message>
    <message>
        <source>Search uploads</source>
        <translation>Buscar subidas</translation>
    </message>
    <message>
        <source>Upload actions</source>
        <translation>Acciones de subida</translation>
    </message>
    <message>
        <source>Upload jobs</source>
        <translation>Trabajos de subida</translation>
    </message>
    <message>
        <source>No uploads yet. Videos you upload appear here with their progress.</source>
        <translation>Aún no hay subidas. Los vídeos que suba aparecerán aquí con su progreso.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Add Videos…</source>
        <translation>&amp;Añadir vídeos…</translation>
    </message>
    <message>
        <source>Add .mov videos to the ready list</source>
        <translation>Añadir vídeos .mov a la lista de listos para subir</translation>
    </message>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation>&amp;Vigilar carpeta…</translation>
    </message>
    <message>
        <source>Pick a folder whose new videos are added by themselves</source>
        <translation>Elegir una carpeta cuyos vídeos nuevos se añaden solos</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>API key, server, parallel uploads and language</source>
        <translation>Clave de API, servidor, subidas simultáneas e idioma</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Select &amp;All Videos</source>
        <translation>Seleccionar &amp;todos los vídeos</translation>
    </message>
    <message>
        <source>Select every video in the ready list</source>
        <translation>Seleccionar todos los vídeos de la lista de listos para subir</translation>
    </message>
    <message>
        <source>&amp;Remove From List</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>Remove the selected videos from the ready list (the files stay on disk)</source>
        <translation>Quitar los vídeos seleccionados de la lista (los archivos se quedan en el disco)</translation>
    </message>
    <message>
        <source>&amp;Clear Files That Cannot Be Uploaded</source>
        <translation>Quitar los archivos que no se pueden su&amp;bir</translation>
    </message>
    <message>
        <source>Remove the files listed with a warning</source>
        <translation>Quitar los archivos que aparecen con un aviso</translation>
    </message>
    <message>
        <source>Upload &amp;Details</source>
        <translation>&amp;Detalles de la subida</translation>
    </message>
    <message>
        <source>Show the history of the selected upload</source>
        <translation>Mostrar el historial de la subida seleccionada</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Queue the selected videos for upload</source>
        <translation>Poner en cola para subir los vídeos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Pause Uploads</source>
        <translation>&amp;Pausar subidas</translation>
    </message>
    <message>
        <source>Pause or resume all uploads</source>
        <translation>Pausar o reanudar todas las subidas</translation>
    </message>
    <message>
        <source>Retry All &amp;Failed</source>
        <translation>Reintentar todas las &amp;fallidas</translation>
    </message>
    <message>
        <source>Try every failed upload again</source>
        <translation>Volver a intentar todas las subidas fallidas</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Try the selected uploads again</source>
        <translation>Volver a intentar las subidas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop the selected uploads</source>
        <translation>Detener las subidas seleccionadas</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected uploads from the list</source>
        <translation>Quitar de la lista las subidas seleccionadas</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Show the video in the file manager</source>
        <translation>Mostrar el vídeo en el gestor de archivos</translation>
    </message>
    <message>
        <source>Copy &amp;Session ID</source>
        <translation>Copiar el ID de &amp;sesión</translation>
    </message>
    <message>
        <source>Copy the capture's session ID for support</source>
        <translation>Copiar el ID de sesión de la captura para soporte</translation>
    </message>
    <message>
        <source>&amp;About Uplift Capture</source>
        <translation>&amp;Acerca de Uplift Capture</translation>
    </message>
    <message>
        <source>Quit Uplift Capture</source>
        <translation>Salir de Uplift Capture</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 file cannot be uploaded; the reason is shown in the list.</source>
        <translation>1 archivo no se puede subir; el motivo aparece en la lista.</translation>
    </message>
    <message numerus="yes">
        <source>%n files cannot be uploaded; the reasons are shown in the list.</source>
        <translation>
            <numerusform>%n archivo no se puede subir; el motivo aparece en la lista.</numerusform>
            <numerusform>%n archivos no se pueden subir; los motivos aparecen en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the athlete first: a session group belongs to one athlete.</source>
        <translation>Elija primero el atleta: un grupo de sesiones pertenece a un solo atleta.</translation>
    </message>
    <message>
        <source>New Session Group</source>
        <translation>Nuevo grupo de sesiones</translation>
    </message>
    <message>
        <source>Name of the session (for example “Tuesday range session”):</source>
        <translation>Nombre de la sesión (por ejemplo, «Sesión del martes en el campo de prácticas»):</translation>
    </message>
    <message>
        <source>Select the clips to upload in the list on the left.</source>
        <translation>Seleccione en la lista de la izquierda los clips que quiere subir.</translation>
    </message>
    <message>
        <source>Before uploading: %1.</source>
        <translation>Antes de subir: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Before uploading: %1 (and %n more).</source>
        <translation>
            <numerusform>Antes de subir: %1 (y %n cosa más).</numerusform>
            <numerusform>Antes de subir: %1 (y %n cosas más).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 clip queued for upload.</source>
        <translation>1 clip en cola para subir.</translation>
    </message>
    <message numerus="yes">
        <source>%n clips queued for upload.</source>
        <translation>
            <numerusform>%n clip en cola para subir.</numerusform>
            <numerusform>%n clips en cola para subir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Videos</source>
        <translation>Añadir vídeos</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Vigilar carpeta</translation>
    </message>
    <message>
        <source>The folder %1 cannot be watched.</source>
        <translation>No se puede vigilar la carpeta %1.</translation>
    </message>
    <message>
        <source>New videos in %1 are added by themselves.</source>
        <translation>Los vídeos nuevos de %1 se añaden solos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready to upload&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Listos para subir&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>Drop videos or folders to add them</source>
        <translation>Suelte vídeos o carpetas para añadirlos</translation>
    </message>
    <message>
        <source>The athletes could not be loaded: %1</source>
        <translation>No se pudieron cargar los atletas: %1</translation>
    </message>
    <message>
        <source>Welcome to Uplift Capture</source>
        <translation>Le damos la bienvenida a Uplift Capture</translation>
    </message>
    <message>
        <source>To upload to Uplift, enter your API key. You can make one in the Uplift Capture web app under Account settings ▸ API Keys.</source>
        <translation>Para subir a Uplift, escriba su clave de API. Puede crearla en la aplicación web de Uplift Capture, en Ajustes de la cuenta ▸ Claves de API.</translation>
    </message>
    <message>
        <source>Or try everything first with the sandbox: a practice server on this computer. Nothing you upload there reaches Uplift.</source>
        <translation>O pruébelo todo antes en el entorno de pruebas: un servidor de práctica en este ordenador. Nada de lo que suba ahí llega a Uplift.</translation>
    </message>
    <message>
        <source>Enter API Key…</source>
        <translation>Escribir la clave de API…</translation>
    </message>
    <message>
        <source>Try the Sandbox</source>
        <translation>Probar el entorno de pruebas</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>All uploads</source>
        <translation>Todas las subidas</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Upload summary</source>
        <translation>Resumen de subidas</translation>
    </message>
    <message>
        <source>Total upload progress</source>
        <translation>Progreso total de las subidas</translation>
    </message>
    <message>
        <source>No session ID yet: the capture is reserved when its upload starts.</source>
        <translation>Todavía no hay ID de sesión: la captura se reserva cuando empieza su subida.</translation>
    </message>
    <message>
        <source>Session ID copied.</source>
        <translation>ID de sesión copiado.</translation>
    </message>
    <message>
        <source>Session IDs copied.</source>
        <translation>IDs de sesión copiados.</translation>
    </message>
    <message>
        <source>Uploads Are Running</source>
        <translation>Hay subidas en curso</translation>
    </message>
    <message>
        <source>Videos are still being uploaded. Keep uploading in the background, or stop now?</source>
        <translation>Todavía se están subiendo vídeos. ¿Seguir subiendo en segundo plano o parar ahora?</translation>
    </message>
    <message>
        <source>Stopping loses nothing: the uploads continue the next time you start Uplift Capture.</source>
        <translation>Parar no hace perder nada: las subidas continúan la próxima vez que abra Uplift Capture.</translation>
    </message>
    <message>
        <source>Keep Uploading in the Tray</source>
        <translation>Seguir subiendo en la bandeja</translation>
    </message>
    <message>
        <source>Keep Uploading (Minimise)</source>
        <translation>Seguir subiendo (minimizar)</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Detener y salir</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Uploads your videos to the Uplift motion-analysis platform.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Sube sus vídeos a la plataforma de análisis de movimiento Uplift.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>%1 — Sandbox</source>
        <extracomment>Window title in sandbox mode; %1 is the usual title.</extracomment>
        <translation>%1 — Entorno de pruebas</translation>
    </message>
    <message>
        <source>Sandbox: uploads stay on this computer (%1)</source>
        <translation>Entorno de pruebas: las subidas se quedan en este ordenador (%1)</translation>
    </message>
    <message>
        <source>Still being copied…</source>
        <translation>Todavía se está copiando…</translation>
    </message>
    <message>
        <source>The new session group could not be kept; choose or create one.</source>
        <translation>No se pudo guardar el nuevo grupo de sesión; elija o cree uno.</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Vídeos (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&lt;p style='font-size:large'&gt;&lt;b&gt;Drop videos here&lt;/b&gt;&lt;/p&gt;&lt;p&gt;.mov, .mp4 and .mts files, or whole folders, anywhere in this window&lt;/p&gt;&lt;p&gt;or use File ▸ Add Videos… (%1)&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:large'&gt;&lt;b&gt;Suelte los vídeos aquí&lt;/b&gt;&lt;/p&gt;&lt;p&gt;archivos .mov, .mp4 y .mts, o carpetas enteras, en cualquier parte de esta ventana&lt;/p&gt;&lt;p&gt;o use Archivo ▸ Añadir vídeos… (%1)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sandbox: uploads stay on this computer</source>
        <translation>Entorno de pruebas: las subidas se quedan en este ordenador</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Find uploads by file, athlete, movement or session group</source>
        <translation>Buscar subidas por archivo, atleta, movimiento o grupo de sesiones</translation>
    </message>
    <message>
        <source>The list of clips could not be saved: %1</source>
        <translation>No se pudo guardar la lista de clips: %1</translation>
    </message>
    <message>
        <source>1 clip added to the list; select it to describe it.</source>
        <translation>1 clip añadido a la lista; selecciónelo para describirlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n clips added to the list; select them to describe them.</source>
        <translation>
            <numerusform>%n clip añadido a la lista; selecciónelo para describirlo.</numerusform>
            <numerusform>%n clips añadidos a la lista; selecciónelos para describirlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clips from last time could not be read (%1); the file was kept as %2.</source>
        <translation>No se pudieron leer los clips de la última vez (%1); el archivo se conservó como %2.</translation>
    </message>
    <message>
        <source>No longer there: moved or deleted since it was added</source>
        <translation>Ya no está: se movió o se borró después de añadirlo</translation>
    </message>
    <message>
        <source>1 clip from last time is no longer there; the list says which.</source>
        <translation>1 clip de la última vez ya no está; la lista indica cuál.</translation>
    </message>
    <message numerus="yes">
        <source>%n clips from last time are no longer there; the list says which.</source>
        <translation>
            <numerusform>%n clip de la última vez ya no está; la lista indica cuál.</numerusform>
            <numerusform>%n clips de la última vez ya no están; la lista indica cuáles.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was uploaded for %2 on %3.</source>
        <translation>%1 se subió para %2 el %3.</translation>
    </message>
    <message>
        <source>%1 is already queued for %2 (since %3).</source>
        <translation>%1 ya está en cola para %2 (desde %3).</translation>
    </message>
    <message>
        <source>Upload Again?</source>
        <translation>¿Subir de nuevo?</translation>
    </message>
    <message>
        <source>%1 Upload it again?</source>
        <translation>%1 ¿Subirlo de nuevo?</translation>
    </message>
    <message>
        <source>%1 Upload it again, and 1 more clip queued or uploaded before?</source>
        <translation>%1 ¿Subirlo de nuevo, junto con 1 clip más puesto en cola o subido antes?</translation>
    </message>
    <message numerus="yes">
        <source>%1 Upload it again, and %n more clips queued or uploaded before?</source>
        <translation>
            <numerusform>%1 ¿Subirlo de nuevo, junto con %n clip más puesto en cola o subido antes?</numerusform>
            <numerusform>%1 ¿Subirlo de nuevo, junto con %n clips más puestos en cola o subidos antes?</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload Again</source>
        <translation>Subir de nuevo</translation>
    </message>
    <message>
        <source>Don't Upload It</source>
        <translation>No subirlo</translation>
    </message>
    <message>
        <source>Don't Upload These</source>
        <translation>No subir estos</translation>
    </message>
    <message>
        <source>The other clip is queued either way.</source>
        <translation>El otro clip se pone en cola de todos modos.</translation>
    </message>
    <message numerus="yes">
        <source>The other %n clips are queued either way.</source>
        <translation>
            <numerusform>El otro %n clip se pone en cola de todos modos.</numerusform>
            <numerusform>Los otros %n clips se ponen en cola de todos modos.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 clip was not queued again; it stays in the list.</source>
        <translation>1 clip no se volvió a poner en cola; sigue en la lista.</translation>
    </message>
    <message numerus="yes">
        <source>%n clips were not queued again; they stay in the list.</source>
        <translation>
            <numerusform>%n clip no se volvió a poner en cola; sigue en la lista.</numerusform>
            <numerusform>%n clips no se volvieron a poner en cola; siguen en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Mensaje de estado</translation>
    </message>
    <message>
        <source>The job list says why.</source>
        <translation>La lista de subidas indica por qué.</translation>
    </message>
    <message>
        <source>&amp;Import From Camera…</source>
        <translation>&amp;Importar desde la cámara…</translation>
    </message>
    <message>
        <source>Copy the new videos from a card, camera or phone into your library</source>
        <translation>Copiar los vídeos nuevos de una tarjeta, cámara o teléfono en su biblioteca</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>From the Camera</source>
        <translation>Desde la cámara</translation>
    </message>
    <message>
        <source>They wait in the ready list; your selection stays as it is.</source>
        <translation>Esperan en la lista de listos para subir; su selección no cambia.</translation>
    </message>
    <message>
        <source>Wait a moment: a clip is still being read.</source>
        <translation>Un momento: todavía se está leyendo un clip.</translation>
    </message>
    <message numerus="yes">
        <source>Wait a moment: %n clips are still being read.</source>
        <translation>
            <numerusform>Un momento: todavía se está leyendo %n clip.</numerusform>
            <numerusform>Un momento: todavía se están leyendo %n clips.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaEngine</name>
    <message>
        <source>The video reader of Uplift Capture (%1) is missing: install the program again</source>
        <translation>Falta el lector de vídeo de Uplift Capture (%1): vuelva a instalar el programa</translation>
    </message>
    <message>
        <source>The video reader of Uplift Capture could not be loaded (%1): install the program again</source>
        <translation>No se pudo cargar el lector de vídeo de Uplift Capture (%1): vuelva a instalar el programa</translation>
    </message>
</context>
<context>
    <name>MovementCatalogue</name>
    <message>
        <source>%1 needs %2 (%3).</source>
        <translation>%1 necesita %2 (%3).</translation>
    </message>
    <message>
        <source>%1 "%2" is not one of the known values (%3).</source>
        <translation>%1 «%2» no es uno de los valores conocidos (%3).</translation>
    </message>
    <message>
        <source>Golf</source>
        <translation>Golf</translation>
    </message>
    <message>
        <source>Full swing</source>
        <translation>Swing completo</translation>
    </message>
    <message>
        <source>Handedness</source>
        <translation>Lateralidad</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Baseball</source>
        <translation>Béisbol</translation>
    </message>
    <message>
        <source>Hitting</source>
        <translation>Bateo</translation>
    </message>
    <message>
        <source>Batter handedness</source>
        <translation>Lado de bateo</translation>
    </message>
    <message>
        <source>Pitching</source>
        <translation>Lanzamiento</translation>
    </message>
    <message>
        <source>Throwing hand</source>
        <translation>Mano de lanzamiento</translation>
    </message>
    <message>
        <source>Jump</source>
        <translation>Salto</translation>
    </message>
    <message>
        <source>Countermovement jump</source>
        <translation>Salto con contramovimiento</translation>
    </message>
    <message>
        <source>Arm position</source>
        <translation>Posición de los brazos</translation>
    </message>
    <message>
        <source>Arm swing</source>
        <translation>Balanceo de brazos</translation>
    </message>
    <message>
        <source>Hands on hips</source>
        <translation>Manos en la cadera</translation>
    </message>
    <message>
        <source>Single-leg jump</source>
        <translation>Salto a una pierna</translation>
    </message>
    <message>
        <source>Lunge</source>
        <translation>Zancada</translation>
    </message>
    <message>
        <source>Forward lunge</source>
        <translation>Zancada hacia delante</translation>
    </message>
    <message>
        <source>Lead leg</source>
        <translation>Pierna adelantada</translation>
    </message>
    <message>
        <source>Agility</source>
        <translation>Agilidad</translation>
    </message>
    <message>
        <source>5-0-5</source>
        <translation>5-0-5</translation>
    </message>
    <message>
        <source>Cutting</source>
        <translation>Cambio de dirección</translation>
    </message>
    <message>
        <source>Track and field</source>
        <translation>Atletismo</translation>
    </message>
    <message>
        <source>Discus</source>
        <translation>Lanzamiento de disco</translation>
    </message>
    <message>
        <source>Shot put</source>
        <translation>Lanzamiento de peso</translation>
    </message>
    <message>
        <source>Tennis</source>
        <translation>Tenis</translation>
    </message>
    <message>
        <source>Overhand serve</source>
        <translation>Saque por encima de la cabeza</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Pinpoint</source>
        <translation>Pinpoint</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Estabilidad</translation>
    </message>
    <message>
        <source>Y-balance (lower quarter)</source>
        <translation>Y-Balance (tren inferior)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>General movement</source>
        <translation>Movimiento general</translation>
    </message>
</context>
<context>
    <name>MovieFacts</name>
    <message>
        <source>The file has no video track</source>
        <translation>El archivo no tiene pista de vídeo</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>cover picture</source>
        <translation>imagen de portada</translation>
    </message>
    <message>
        <source>timecode track (tmcd)</source>
        <translation>pista de código de tiempo (tmcd)</translation>
    </message>
    <message>
        <source>GoPro telemetry (gpmd)</source>
        <translation>telemetría de GoPro (gpmd)</translation>
    </message>
    <message>
        <source>subtitles</source>
        <translation>subtítulos</translation>
    </message>
    <message>
        <source>extra video track</source>
        <translation>pista de vídeo adicional</translation>
    </message>
    <message>
        <source>extra audio track</source>
        <translation>pista de audio adicional</translation>
    </message>
    <message>
        <source>data track</source>
        <translation>pista de datos</translation>
    </message>
    <message>
        <source>%1 video cannot go into a .mov without re-encoding</source>
        <translation>El vídeo %1 no cabe en un .mov sin recodificarlo</translation>
    </message>
    <message>
        <source>%1 audio cannot go into a .mov without re-encoding</source>
        <translation>El audio %1 no cabe en un .mov sin recodificarlo</translation>
    </message>
    <message>
        <source>A %1 file is not a camera recording this app can prepare (MP4, MOV or MTS)</source>
        <translation>Un archivo %1 no es una grabación de cámara que esta aplicación pueda preparar (MP4, MOV o MTS)</translation>
    </message>
</context>
<context>
    <name>MovieFile</name>
    <message>
        <source>The file is empty: there is no video in it</source>
        <translation>El archivo está vacío: no contiene ningún vídeo</translation>
    </message>
    <message>
        <source>The file is only %1 long, too short to hold a video</source>
        <translation>El archivo ocupa solo %1, demasiado poco para contener un vídeo</translation>
    </message>
</context>
<context>
    <name>NewAthleteDialog</name>
    <message>
        <source>New Athlete</source>
        <translation>Nuevo atleta</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>AAAA-MM-DD, opcional</translation>
    </message>
    <message>
        <source>&amp;Height (in):</source>
        <translation>Al&amp;tura (pulg.):</translation>
    </message>
    <message>
        <source>Height in inches</source>
        <translation>Altura en pulgadas</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>&amp;Weight (lb):</source>
        <translation>&amp;Peso (lb):</translation>
    </message>
    <message>
        <source>Weight in pounds</source>
        <translation>Peso en libras</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>optional; kept as the custom attribute “team”</source>
        <translation>opcional; se guarda como el atributo personalizado «team»</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Creating the athlete…</source>
        <translation>Creando el atleta…</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>El nombre es obligatorio.</translation>
    </message>
    <message>
        <source>Create Athlete</source>
        <translation>Crear atleta</translation>
    </message>
</context>
<context>
    <name>PreparationLane</name>
    <message>
        <source>Cut %1 s to %2 s into a .mov (%3 MB)</source>
        <translation>Cortado de %1 s a %2 s en un .mov (%3 MB)</translation>
    </message>
    <message>
        <source>(starts %1 s before the mark, at the keyframe)</source>
        <translation>(empieza %1 s antes de la marca, en el fotograma clave)</translation>
    </message>
    <message>
        <source>Made into a .mov without re-encoding (%1 MB)</source>
        <translation>Convertido en .mov sin recodificar (%1 MB)</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>omitido: %1</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Abrir la lista desplegable del cuadro combinado</translation>
    </message>
</context>
<context>
    <name>QueueOwner</name>
    <message>
        <source>Another Uplift Capture (process %1) is using the upload queue. Close it or wait for it to finish.</source>
        <translation>Otro Uplift Capture (proceso %1) está usando la cola de subidas. Ciérrelo o espere a que termine.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not a usable key: %2</source>
        <translation>La variable de entorno %1 no contiene una clave utilizable: %2</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n seconds. Set the environment variable UPLIFT_API_KEY instead.</source>
        <translation>
            <numerusform>El llavero no respondió en %n segundo. Defina en su lugar la variable de entorno UPLIFT_API_KEY.</numerusform>
            <numerusform>El llavero no respondió en %n segundos. Defina en su lugar la variable de entorno UPLIFT_API_KEY.</numerusform>
        </translation>
    </message>
    <message>
        <source>No API key: set the environment variable UPLIFT_API_KEY or save one in the window.</source>
        <translation>No hay clave de API: defina la variable de entorno UPLIFT_API_KEY o guarde una en la ventana.</translation>
    </message>
</context>
<context>
    <name>ReadyListDelegate</name>
    <message>
        <source>No preview on this computer</source>
        <translation>Sin vista previa en este ordenador</translation>
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
        <translation>%1 no se puede subir: %2</translation>
    </message>
    <message>
        <source>%1
The preview cannot play this file (%2); it can still be uploaded.</source>
        <translation>%1
La vista previa no puede reproducir este archivo (%2); aun así se puede subir.</translation>
    </message>
    <message>
        <source>%1 fps slow motion, plays at %2 fps</source>
        <translation>cámara lenta a %1 fps, se reproduce a %2 fps</translation>
    </message>
    <message>
        <source>filmed %1</source>
        <translation>grabado %1</translation>
    </message>
    <message>
        <source>keeps %1–%2</source>
        <translation>conserva %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>split into %n clips</source>
        <translation>
            <numerusform>dividido en %n clip</numerusform>
            <numerusform>dividido en %n clips</numerusform>
        </translation>
    </message>
    <message>
        <source>file saved %1</source>
        <translation>archivo guardado el %1</translation>
    </message>
    <message>
        <source>%1: %2 It can be chosen once it is whole.</source>
        <translation>%1: %2 Se podrá elegir cuando esté completo.</translation>
    </message>
    <message numerus="yes">
        <source>The file did not answer within %n seconds: the card or drive may have stopped responding. Remove it from the list and add it again to try once more.</source>
        <translation>
            <numerusform>El archivo no respondió en %n segundo: puede que la tarjeta o la unidad hayan dejado de responder. Quítelo de la lista y añádalo de nuevo para volver a intentarlo.</numerusform>
            <numerusform>El archivo no respondió en %n segundos: puede que la tarjeta o la unidad hayan dejado de responder. Quítelo de la lista y añádalo de nuevo para volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the video…</source>
        <translation>Leyendo el vídeo…</translation>
    </message>
</context>
<context>
    <name>ReadyListStore</name>
    <message>
        <source>larger than any list of clips could be</source>
        <translation>es más grande de lo que podría ser cualquier lista de clips</translation>
    </message>
    <message>
        <source>not a list of clips</source>
        <translation>no es una lista de clips</translation>
    </message>
    <message>
        <source>%1 is larger than any list of clips could be</source>
        <translation>%1 es más grande de lo que podría ser cualquier lista de clips</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>%1 (no longer there)</source>
        <translation>%1 (ya no existe)</translation>
    </message>
    <message>
        <source>No Recent Videos</source>
        <translation>No hay vídeos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar lista</translation>
    </message>
</context>
<context>
    <name>Reservation</name>
    <message>
        <source>the reservation is not a JSON object.</source>
        <translation>la reserva no es un objeto JSON.</translation>
    </message>
    <message>
        <source>the reservation has no %1.</source>
        <translation>la reserva no tiene %1.</translation>
    </message>
    <message>
        <source>the reservation's upload_fields is missing or not an object.</source>
        <translation>el upload_fields de la reserva falta o no es un objeto.</translation>
    </message>
    <message>
        <source>the upload address is not an https URL.</source>
        <translation>la dirección de subida no es una URL https.</translation>
    </message>
    <message>
        <source>the reservation's upload_expires_at is not a date-time.</source>
        <translation>el upload_expires_at de la reserva no es una fecha y hora.</translation>
    </message>
    <message>
        <source>the reservation's upload_fields repeat a name.</source>
        <translation>el upload_fields de la reserva repite un nombre.</translation>
    </message>
    <message>
        <source>the upload field %1 is not a string.</source>
        <translation>el campo de subida %1 no es una cadena.</translation>
    </message>
</context>
<context>
    <name>S3PostUpload</name>
    <message>
        <source>An upload field has an invalid name.</source>
        <translation>Un campo de subida tiene un nombre no válido.</translation>
    </message>
    <message>
        <source>The upload fields must not contain the file itself.</source>
        <translation>Los campos de subida no pueden contener el propio archivo.</translation>
    </message>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation>El archivo %1 ya no existe.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being uploaded.</source>
        <translation>El archivo %1 cambió mientras se subía.</translation>
    </message>
    <message>
        <source>The upload address is not an https URL.</source>
        <translation>La dirección de subida no es una URL https.</translation>
    </message>
    <message>
        <source>The upload was redirected to an address that is not https (%1).</source>
        <translation>La subida se redirigió a una dirección que no es https (%1).</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Runs the local Uplift API and S3 upload sandbox on 127.0.0.1 until interrupted.</source>
        <translation>Ejecuta el entorno de pruebas local de la API de Uplift y de la subida a S3 en 127.0.0.1 hasta que se interrumpa.</translation>
    </message>
    <message>
        <source>API port (default: any free port).</source>
        <translation>Puerto de la API (predeterminado: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Port of the built-in S3 endpoint.</source>
        <translation>Puerto del punto de acceso S3 integrado.</translation>
    </message>
    <message>
        <source>Data folder (SQLite store and uploaded objects).</source>
        <translation>Carpeta de datos (almacén SQLite y objetos subidos).</translation>
    </message>
    <message>
        <source>API key clients must send (default: random).</source>
        <translation>Clave de API que deben enviar los clientes (predeterminada: aleatoria).</translation>
    </message>
    <message>
        <source>Requests per minute before 429 (default: none).</source>
        <translation>Solicitudes por minuto antes de 429 (predeterminado: sin límite).</translation>
    </message>
    <message>
        <source>Time a capture spends processing (default 1500).</source>
        <translation>Tiempo que una captura pasa en procesamiento (predeterminado 1500).</translation>
    </message>
    <message>
        <source>Largest upload the policies allow.</source>
        <translation>Subida más grande que permiten las políticas.</translation>
    </message>
    <message>
        <source>Sign uploads for this S3-compatible endpoint instead.</source>
        <translation>Firmar las subidas para este punto de acceso compatible con S3.</translation>
    </message>
    <message>
        <source>Bucket on that endpoint.</source>
        <translation>Bucket en ese punto de acceso.</translation>
    </message>
    <message>
        <source>Region of that endpoint.</source>
        <translation>Región de ese punto de acceso.</translation>
    </message>
    <message>
        <source>Access key for that endpoint.</source>
        <translation>Clave de acceso para ese punto de acceso.</translation>
    </message>
    <message>
        <source>Secret key for that endpoint.</source>
        <translation>Clave secreta para ese punto de acceso.</translation>
    </message>
    <message>
        <source>Inject a fault (repeatable): fail:ROUTE:STATUS[:COUNT], latency:ROUTE:MS, stall-upload:BYTES[:COUNT], reset-upload:BYTES[:COUNT], policy-lifetime:SECONDS, random:RATE[:SEED].</source>
        <translation>Inyectar un fallo (repetible): fail:ROUTE:STATUS[:COUNT], latency:ROUTE:MS, stall-upload:BYTES[:COUNT], reset-upload:BYTES[:COUNT], policy-lifetime:SECONDS, random:RATE[:SEED].</translation>
    </message>
    <message>
        <source>Inject random faults: each request meets one with this probability (0 to 1): 429, 503, reset, stall, lost answer, policy expiring early.</source>
        <translation>Inyectar fallos aleatorios: cada solicitud sufre uno con esta probabilidad (0 a 1): 429, 503, reinicio, bloqueo, respuesta perdida, política que caduca antes de tiempo.</translation>
    </message>
    <message>
        <source>Seed of the random faults, to repeat a run.</source>
        <translation>Semilla de los fallos aleatorios, para repetir una ejecución.</translation>
    </message>
    <message>
        <source>--s3-endpoint needs --s3-bucket, --s3-access-key and --s3-secret-key.</source>
        <translation>--s3-endpoint necesita --s3-bucket, --s3-access-key y --s3-secret-key.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>No se pudo iniciar el entorno de pruebas: %1</translation>
    </message>
    <message>
        <source>Sandbox API: %1</source>
        <translation>API del entorno de pruebas: %1</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>Clave de API: %1</translation>
    </message>
    <message>
        <source>Uploads go to: %1</source>
        <translation>Las subidas van a: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Entorno de pruebas detenido.</translation>
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
        <translation>El procesamiento falló: %1 (%2)</translation>
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
        <translation>Grupo de sesiones %1</translation>
    </message>
    <message>
        <source>Choose the athlete first</source>
        <translation>Elija primero el atleta</translation>
    </message>
    <message>
        <source>No session yet: create one</source>
        <translation>Aún no hay sesiones: cree una</translation>
    </message>
    <message>
        <source>Session group</source>
        <translation>Grupo de sesiones</translation>
    </message>
    <message>
        <source>A new session group for today, kept when you upload. Type to rename it.</source>
        <translation>Un nuevo grupo de sesión para hoy, que se guarda al subir. Escriba para cambiarle el nombre.</translation>
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
        <translation>Sesión</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>The Uplift API address, normally https://api.uplift.ai/v1</source>
        <translation>La dirección de la API de Uplift, normalmente https://api.uplift.ai/v1</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Made in the Uplift Capture web app under Account settings ▸ API Keys. Stored in the system keychain.</source>
        <translation>Se crea en la aplicación web de Uplift Capture, en Ajustes de la cuenta ▸ Claves de API. Se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>sk-…</source>
        <translation>sk-…</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Mostrar la clave de API</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Mostrar u ocultar la clave</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Ask the server whether this key works</source>
        <translation>Preguntar al servidor si esta clave funciona</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Use sandbox</source>
        <translation>Usar el entorno de pruebas</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox (a practice server on this computer; nothing reaches Uplift)</source>
        <translation>Usar el &amp;entorno de pruebas (un servidor de práctica en este ordenador; nada llega a Uplift)</translation>
    </message>
    <message>
        <source>&amp;Parallel uploads:</source>
        <translation>Subidas &amp;simultáneas:</translation>
    </message>
    <message>
        <source>Parallel uploads</source>
        <translation>Subidas simultáneas</translation>
    </message>
    <message>
        <source>How many videos are sent at the same time</source>
        <translation>Cuántos vídeos se envían a la vez</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Where the key is kept</source>
        <translation>Dónde se guarda la clave</translation>
    </message>
    <message>
        <source>When the sandbox switch takes effect</source>
        <translation>Cuándo se aplica el cambio de sandbox</translation>
    </message>
    <message>
        <source>The environment variable UPLIFT_API_KEY is set: its key is used, not the one saved here.</source>
        <translation>La variable de entorno UPLIFT_API_KEY está definida: se usa su clave, no la guardada aquí.</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation>Se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Limit upload speed</source>
        <translation>Limitar la velocidad de subida</translation>
    </message>
    <message>
        <source>For shared gym networks: leave room for others on the same connection</source>
        <translation>Para redes compartidas del gimnasio: deja espacio a los demás en la misma conexión</translation>
    </message>
    <message>
        <source>Li&amp;mit upload speed to</source>
        <translation>&amp;Limitar la velocidad de subida a</translation>
    </message>
    <message>
        <source>Upload speed limit in megabytes per second</source>
        <translation>Límite de velocidad de subida en megabytes por segundo</translation>
    </message>
    <message>
        <source>For shared gym networks: all uploads together send no faster than this</source>
        <translation>Para redes compartidas del gimnasio: todas las subidas juntas no envían más rápido que esto</translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <source>This window runs the sandbox (started with --sandbox). Untick to use your Uplift account the next time Uplift Capture starts without --sandbox.</source>
        <translation>Esta ventana ejecuta el entorno de pruebas (iniciado con --sandbox). Desmarque la casilla para usar su cuenta de Uplift la próxima vez que se abra Uplift Capture sin --sandbox.</translation>
    </message>
    <message>
        <source>This window runs the sandbox. Untick to use your Uplift account the next time Uplift Capture starts.</source>
        <translation>Esta ventana ejecuta el entorno de pruebas. Desmarque la casilla para usar su cuenta de Uplift la próxima vez que se abra Uplift Capture.</translation>
    </message>
    <message>
        <source>Your Uplift account is used the next time Uplift Capture starts without --sandbox.</source>
        <translation>Su cuenta de Uplift se usará la próxima vez que se abra Uplift Capture sin --sandbox.</translation>
    </message>
    <message>
        <source>Your Uplift account is used the next time Uplift Capture starts.</source>
        <translation>Su cuenta de Uplift se usará la próxima vez que se abra Uplift Capture.</translation>
    </message>
    <message>
        <source>The sandbox starts the next time Uplift Capture starts.</source>
        <translation>El entorno de pruebas se inicia la próxima vez que se abra Uplift Capture.</translation>
    </message>
    <message>
        <source>&amp;Imported videos:</source>
        <translation>Vídeos &amp;importados:</translation>
    </message>
    <message>
        <source>Folder for imported videos</source>
        <translation>Carpeta para los vídeos importados</translation>
    </message>
    <message>
        <source>Videos imported from a card, camera or phone are copied here, into a folder for each day</source>
        <translation>Los vídeos importados de una tarjeta, cámara o teléfono se copian aquí, en una carpeta para cada día</translation>
    </message>
    <message>
        <source>Choose the folder for imported videos</source>
        <translation>Elija la carpeta para los vídeos importados</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Where imported videos go</source>
        <translation>Adónde van los vídeos importados</translation>
    </message>
    <message>
        <source>Each day's import gets a folder of its own, today's: %1</source>
        <translation>Cada día, la importación va a una carpeta propia; la de hoy: %1</translation>
    </message>
    <message>
        <source>Type the whole path of the folder (starting with %1), or use Browse…</source>
        <translation>Escriba la ruta completa de la carpeta (que empiece por %1), o use Examinar…</translation>
    </message>
    <message>
        <source>Folder for Imported Videos</source>
        <translation>Carpeta para los vídeos importados</translation>
    </message>
</context>
<context>
    <name>SleepInhibitor</name>
    <message>
        <source>Uploading videos to Uplift</source>
        <translation>Subiendo vídeos a Uplift</translation>
    </message>
</context>
<context>
    <name>SourceScan</name>
    <message>
        <source>The card did not answer while reading %1.</source>
        <translation>La tarjeta no respondió al leer %1.</translation>
    </message>
    <message>
        <source>%1 has no DCIM folder and no AVCHD folder.</source>
        <translation>%1 no tiene carpeta DCIM ni carpeta AVCHD.</translation>
    </message>
</context>
<context>
    <name>SourceWatcher</name>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 ya no está.</translation>
    </message>
    <message>
        <source>Clips are still being copied from %1: wait until the import is done, or stop it first.</source>
        <translation>Aún se están copiando clips desde %1: espere a que termine la importación, o deténgala antes.</translation>
    </message>
    <message>
        <source>This system cannot eject %1 from Uplift Capture.</source>
        <translation>Este sistema no puede expulsar %1 desde Uplift Capture.</translation>
    </message>
</context>
<context>
    <name>ThreadedS3Upload</name>
    <message>
        <source>The upload thread has ended.</source>
        <translation>El hilo de subida ha terminado.</translation>
    </message>
</context>
<context>
    <name>Udisks</name>
    <message>
        <source>Another program still has a file open on it.</source>
        <translation>Otro programa todavía tiene abierto uno de sus archivos.</translation>
    </message>
</context>
<context>
    <name>UpliftClient</name>
    <message>
        <source>The API address must start with https:// (plain http only for this computer).</source>
        <translation>La dirección de la API debe empezar por https:// (http sin cifrar solo para este ordenador).</translation>
    </message>
    <message>
        <source>No Uplift API key is set.</source>
        <translation>No hay ninguna clave de API de Uplift definida.</translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation>Demasiadas redirecciones.</translation>
    </message>
    <message>
        <source>The server redirected to an address that is not https.</source>
        <translation>El servidor redirigió a una dirección que no es https.</translation>
    </message>
    <message>
        <source>the reservation is for another session group.</source>
        <translation>la reserva es para otro grupo de sesiones.</translation>
    </message>
    <message>
        <source>A capture id has 1 to 255 characters.</source>
        <translation>Un id de captura tiene de 1 a 255 caracteres.</translation>
    </message>
    <message>
        <source>the capture is not a JSON object.</source>
        <translation>la captura no es un objeto JSON.</translation>
    </message>
    <message>
        <source>the capture list has no captures array.</source>
        <translation>la lista de capturas no tiene el array captures.</translation>
    </message>
    <message>
        <source>a capture is not a JSON object.</source>
        <translation>una captura no es un objeto JSON.</translation>
    </message>
    <message>
        <source>Athletes can be sorted by first_name, last_name or date_of_birth.</source>
        <translation>Los atletas se pueden ordenar por first_name, last_name o date_of_birth.</translation>
    </message>
    <message>
        <source>%1 cannot be used as a custom attribute filter.</source>
        <translation>%1 no se puede usar como filtro de atributo personalizado.</translation>
    </message>
    <message>
        <source>the athlete list holds no list of athletes.</source>
        <translation>la lista de atletas no contiene ninguna lista de atletas.</translation>
    </message>
    <message>
        <source>the athlete list is not JSON.</source>
        <translation>la lista de atletas no es JSON.</translation>
    </message>
    <message>
        <source>an athlete is not a JSON object.</source>
        <translation>un atleta no es un objeto JSON.</translation>
    </message>
    <message>
        <source>the athlete is not a JSON object.</source>
        <translation>el atleta no es un objeto JSON.</translation>
    </message>
    <message>
        <source>Which athlete to update?</source>
        <translation>¿Qué atleta hay que actualizar?</translation>
    </message>
    <message>
        <source>The first name cannot be cleared.</source>
        <translation>El nombre no se puede borrar.</translation>
    </message>
    <message>
        <source>its answer is larger than %1 MiB.</source>
        <translation>su respuesta ocupa más de %1 MiB.</translation>
    </message>
</context>
<context>
    <name>UploadAttempt</name>
    <message>
        <source>The upload window closed; reserving a new one in the same session group.</source>
        <translation>El plazo de subida se cerró; se reserva otro en el mismo grupo de sesiones.</translation>
    </message>
    <message>
        <source>Reserved; it uploads when uploads go on.</source>
        <translation>Reservado; se sube cuando se reanuden las subidas.</translation>
    </message>
    <message>
        <source>Reserved ahead; it uploads when a running upload ends.</source>
        <translation>Reservado por adelantado; se sube cuando termine una subida en curso.</translation>
    </message>
    <message>
        <source>The upload address did not answer twice; reserving a new one in the same session group.</source>
        <translation>La dirección de subida no respondió dos veces; se reserva una nueva en el mismo grupo de sesiones.</translation>
    </message>
    <message>
        <source>No data moved for too long; the upload will start again.</source>
        <translation>No se transfirieron datos durante demasiado tiempo; la subida volverá a empezar.</translation>
    </message>
    <message>
        <source>The upload window closed before the upload finished.</source>
        <translation>El plazo de subida se cerró antes de que terminara la subida.</translation>
    </message>
    <message>
        <source>Looking through the captures list for the reservation whose answer was lost.</source>
        <translation>Buscando en la lista de capturas la reserva cuya respuesta se perdió.</translation>
    </message>
    <message>
        <source>Asking Uplift whether the interrupted upload arrived.</source>
        <translation>Preguntando a Uplift si la subida interrumpida llegó.</translation>
    </message>
    <message>
        <source>No capture in the list matches the reservation whose answer was lost; reserving again.</source>
        <translation>Ninguna captura de la lista coincide con la reserva cuya respuesta se perdió; se reserva de nuevo.</translation>
    </message>
    <message>
        <source>The lost reservation was found (%1, awaiting upload), but its upload form cannot be fetched again; reserving a new one in the same session group.</source>
        <translation>Se encontró la reserva perdida (%1, pendiente de subida), pero su formulario de subida no se puede volver a obtener; se reserva una nueva en el mismo grupo de sesiones.</translation>
    </message>
    <message>
        <source>The interrupted upload had not arrived; it starts again from the beginning.</source>
        <translation>La subida interrumpida no había llegado; vuelve a empezar desde el principio.</translation>
    </message>
    <message>
        <source>The clip had already reached Uplift before the interruption; it is not sent again.</source>
        <translation>El clip ya había llegado a Uplift antes de la interrupción; no se envía de nuevo.</translation>
    </message>
    <message>
        <source>Uplift does not know the session %1 any more; reserving a new one.</source>
        <translation>Uplift ya no conoce la sesión %1; se reserva una nueva.</translation>
    </message>
    <message>
        <source>The captures list could not be read (%1); reserving again.</source>
        <translation>No se pudo leer la lista de capturas (%1); se reserva de nuevo.</translation>
    </message>
    <message>
        <source>Uplift could not say whether the interrupted upload arrived (%1); sending it again.</source>
        <translation>Uplift no pudo decir si la subida interrumpida llegó (%1); se envía de nuevo.</translation>
    </message>
</context>
<context>
    <name>UploadJob</name>
    <message>
        <source>The file was changed after it was queued: %1</source>
        <translation>El archivo cambió después de ponerse en cola: %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Reserving</source>
        <translation>Reservando</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Esperando para reintentar</translation>
    </message>
    <message>
        <source>The recording is no longer there (moved or deleted?): %1</source>
        <translation>La grabación ya no está (¿movida o borrada?): %1</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
</context>
<context>
    <name>UploadNotifier</name>
    <message>
        <source>Show Uplift Capture</source>
        <translation>Mostrar Uplift Capture</translation>
    </message>
    <message>
        <source>Stop Uploads and Quit</source>
        <translation>Detener las subidas y salir</translation>
    </message>
    <message>
        <source>Uploads finished</source>
        <translation>Subidas terminadas</translation>
    </message>
    <message>
        <source>1 video was uploaded.</source>
        <translation>Se subió 1 vídeo.</translation>
    </message>
    <message numerus="yes">
        <source>%n videos were uploaded.</source>
        <translation>
            <numerusform>Se subió %n vídeo.</numerusform>
            <numerusform>Se subieron %n vídeos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploads finished with problems</source>
        <translation>Subidas terminadas con problemas</translation>
    </message>
    <message>
        <source>%1 uploaded, %2 failed. Open the window to see why.</source>
        <translation>%1 subidos, %2 fallidos. Abra la ventana para ver por qué.</translation>
    </message>
    <message>
        <source>%1 was not uploaded</source>
        <translation>%1 no se subió</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>%1 clips were not uploaded</source>
        <translation>%1 clips no se subieron</translation>
    </message>
</context>
<context>
    <name>UploadRequest</name>
    <message>
        <source>The athlete's id (UUID). Required.</source>
        <translation>El id del atleta (UUID). Obligatorio.</translation>
    </message>
    <message>
        <source>The session group's id (UUID), or "new" for a new group shared by these files (the default).</source>
        <translation>El id del grupo de sesiones (UUID), o "new" para un grupo nuevo común a estos archivos (predeterminado).</translation>
    </message>
    <message>
        <source>How the camera stood: front_on or down_the_line. Required.</source>
        <translation>Posición de la cámara: front_on o down_the_line. Obligatorio.</translation>
    </message>
    <message>
        <source>portrait or landscape.</source>
        <translation>portrait o landscape.</translation>
    </message>
    <message>
        <source>The activity. Required.</source>
        <translation>La actividad. Obligatorio.</translation>
    </message>
    <message>
        <source>The movement. Required.</source>
        <translation>El movimiento. Obligatorio.</translation>
    </message>
    <message>
        <source>A movement dimension, repeatable.</source>
        <translation>Una dimensión del movimiento; se puede repetir.</translation>
    </message>
    <message>
        <source>A camera detail, repeatable.</source>
        <translation>Un detalle de la cámara; se puede repetir.</translation>
    </message>
    <message>
        <source>How many files upload at the same time.</source>
        <translation>Cuántos archivos se suben a la vez.</translation>
    </message>
    <message>
        <source>Wait until Uplift has processed every file.</source>
        <translation>Esperar a que Uplift haya procesado todos los archivos.</translation>
    </message>
    <message>
        <source>Print one JSON object per line instead of text.</source>
        <translation>Escribir un objeto JSON por línea en lugar de texto.</translation>
    </message>
    <message>
        <source>The Uplift API's base URL.</source>
        <translation>La URL base de la API de Uplift.</translation>
    </message>
    <message>
        <source>--parallel needs a whole number of 1 or more, not "%1".</source>
        <translation>--parallel necesita un número entero de 1 o más, no "%1".</translation>
    </message>
    <message>
        <source>--api-url is not a URL: "%1".</source>
        <translation>--api-url no es una URL: "%1".</translation>
    </message>
    <message>
        <source>--attr needs KEY=VALUE, not "%1".</source>
        <translation>--attr necesita CLAVE=VALOR, no "%1".</translation>
    </message>
    <message>
        <source>--camera needs KEY=VALUE, not "%1".</source>
        <translation>--camera necesita CLAVE=VALOR, no "%1".</translation>
    </message>
    <message>
        <source>capture_time: "%1" is not an RFC 3339 date and time with an offset, e.g. 2026-05-13T12:00:00Z.</source>
        <translation>capture_time: "%1" no es una fecha y hora RFC 3339 con desfase, p. ej. 2026-05-13T12:00:00Z.</translation>
    </message>
    <message>
        <source>Name at least one video file to upload.</source>
        <translation>Indique al menos un archivo de vídeo para subir.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file is not there.</source>
        <translation>%1: el archivo no está.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: no se puede leer el archivo.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>Cap the upload bandwidth, shared by all files: KiB/s, or with K or M (500, 500K, 2M).</source>
        <translation>Limita el ancho de banda de subida, compartido por todos los archivos: KiB/s, o con K o M (500, 500K, 2M).</translation>
    </message>
    <message>
        <source>--limit-rate needs a rate above zero such as 500 (KiB/s), 500K or 2M, not "%1".</source>
        <translation>--limit-rate necesita una velocidad mayor que cero, como 500 (KiB/s), 500K o 2M, no «%1».</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The videos to upload: .mov, .mp4, .m4v, .mts or .m2ts (H.264, HEVC or ProRes); anything but a whole .mov is made into one first, without re-encoding.</source>
        <translation>Los vídeos que subir: .mov, .mp4, .m4v, .mts o .m2ts (H.264, HEVC o ProRes); todo lo que no sea un .mov entero se convierte antes en uno, sin recodificar.</translation>
    </message>
    <message>
        <source>When the recording started, RFC 3339 with an offset (default: what the file says, else its date).</source>
        <translation>Cuándo empezó la grabación, RFC 3339 con desfase (por defecto: lo que dice el archivo, si no su fecha).</translation>
    </message>
    <message>
        <source>Upload only this part of each file, cut at the keyframe at or before START; repeat to split a recording into several clips (&lt;name&gt;-1.mov, &lt;name&gt;-2.mov, ...). Seconds or [hh:]mm:ss[.fff].</source>
        <translation>Subir solo esta parte de cada archivo, cortada en el fotograma clave en INICIO o antes; repita para dividir una grabación en varios clips (&lt;nombre&gt;-1.mov, &lt;nombre&gt;-2.mov, ...). Segundos o [hh:]mm:ss[.fff].</translation>
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
        <translation>Subir al entorno de pruebas de este ordenador, mediante la cola propia del entorno de pruebas (como hace `uplift-capture --sandbox`), no a su cuenta de Uplift. Mientras la ventana del entorno de pruebas esté abierta, esa cola es suya: añada los vídeos allí o ciérrela antes.</translation>
    </message>
    <message>
        <source>Upload a clip again although it was uploaded (or failed) before for the same athlete, movement and part. Without it the command asks on a terminal and otherwise leaves such a clip out (exit code 6). A clip still in the queue is followed, never queued twice.</source>
        <translation>Subir un clip de nuevo aunque ya se haya subido (o haya fallado) antes para el mismo atleta, movimiento y parte. Sin esta opción, el comando pregunta en un terminal y, si no lo hay, omite ese clip (código de salida 6). Un clip que sigue en la cola se sigue, nunca se pone en cola dos veces.</translation>
    </message>
    <message>
        <source>--sandbox and --api-url cannot be used together: the sandbox runs on this computer.</source>
        <translation>--sandbox y --api-url no se pueden usar juntos: el entorno de pruebas se ejecuta en este ordenador.</translation>
    </message>
    <message>
        <source>Split each file at every impact heard in its sound (a ball struck, a landing): one clip per impact, from --before to --after around it (&lt;name&gt;-1.mov, &lt;name&gt;-2.mov, ...). Refused for a file without sound or without an impact heard. `uplift-capture impacts FILE` shows the parts first.</source>
        <translation>Dividir cada archivo en cada impacto que se oiga en su sonido (un golpe a la bola, un aterrizaje): un clip por impacto, desde --before hasta --after alrededor de él (&lt;name&gt;-1.mov, &lt;name&gt;-2.mov, ...). Se rechaza un archivo sin sonido o en el que no se oiga ningún impacto. `uplift-capture impacts FILE` muestra antes las partes.</translation>
    </message>
    <message>
        <source>With --split-at-impacts: seconds before each impact (default: the movement's, as last set in the window; golf full swing 2.5).</source>
        <translation>Con --split-at-impacts: segundos antes de cada impacto (predeterminado: los del movimiento, tal como se fijaron por última vez en la ventana; swing completo de golf 2.5).</translation>
    </message>
    <message>
        <source>With --split-at-impacts: seconds after each impact (default: the movement's, as last set in the window; golf full swing 1.5).</source>
        <translation>Con --split-at-impacts: segundos después de cada impacto (predeterminado: los del movimiento, tal como se fijaron por última vez en la ventana; swing completo de golf 1.5).</translation>
    </message>
    <message>
        <source>--split-at-impacts and --trim cannot be used together: the impacts mark the parts.</source>
        <translation>--split-at-impacts y --trim no se pueden usar juntos: los impactos marcan las partes.</translation>
    </message>
    <message>
        <source>--%1 is for --split-at-impacts.</source>
        <translation>--%1 es para --split-at-impacts.</translation>
    </message>
    <message>
        <source>--%1 needs seconds such as 2.5, not "%2".</source>
        <translation>--%1 necesita segundos, como 2.5, no "%2".</translation>
    </message>
    <message>
        <source>--before/--after: %1</source>
        <translation>--before/--after: %1</translation>
    </message>
    <message>
        <source>%1: has no sound track, so there are no impacts to split it at; mark the parts with --trim instead.</source>
        <translation>%1: no tiene pista de sonido, así que no hay impactos en los que dividirlo; marque las partes con --trim.</translation>
    </message>
    <message>
        <source>%1: no impact was heard in it, so it is not split; mark the parts with --trim instead.</source>
        <translation>%1: no se oyó ningún impacto, así que no se divide; marque las partes con --trim.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: impacts heard at %2: one clip each, %3 s before to %4 s after.</source>
        <translation>%1: impactos oídos en %2: un clip por cada uno, desde %3 s antes hasta %4 s después.</translation>
    </message>
</context>
<context>
    <name>UploadRun</name>
    <message>
        <source>job %1 %2: %3</source>
        <translation>trabajo %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>preparing %1: %2 %</source>
        <translation>preparando %1: %2 %</translation>
    </message>
    <message>
        <source><byte value="xd" />%1 uploading: %2 of %3, %4/s, %5 s left</source>
        <translation><byte value="xd" />%1 subiendo: %2 de %3, %4/s, quedan %5 s</translation>
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
        <translation>La cola de subidas se detuvo: %1</translation>
    </message>
    <message>
        <source>Uploads are not available: %1</source>
        <translation>Las subidas no están disponibles: %1</translation>
    </message>
</context>
<context>
    <name>VideoIntake</name>
    <message>
        <source>The name contains “/” or “\”; rename the file</source>
        <translation>El nombre contiene «/» o «\»; cambie el nombre del archivo</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters; rename the file</source>
        <translation>
            <numerusform>El nombre tiene más de %n carácter; cambie el nombre del archivo</numerusform>
            <numerusform>El nombre tiene más de %n caracteres; cambie el nombre del archivo</numerusform>
        </translation>
    </message>
    <message>
        <source>The file no longer exists</source>
        <translation>El archivo ya no existe</translation>
    </message>
    <message>
        <source>Not a regular file</source>
        <translation>No es un archivo normal</translation>
    </message>
    <message>
        <source>The file cannot be read (check its permissions)</source>
        <translation>No se puede leer el archivo (compruebe sus permisos)</translation>
    </message>
    <message>
        <source>Not a video (MOV, MP4, M4V, MTS or M2TS)</source>
        <translation>No es un vídeo (MOV, MP4, M4V, MTS o M2TS)</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <source>Video preview</source>
        <translation>Vista previa del vídeo</translation>
    </message>
    <message>
        <source>Preview message</source>
        <translation>Mensaje de la vista previa</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>Fotograma anterior</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Fotograma siguiente</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Posición en el vídeo</translation>
    </message>
    <message>
        <source>Drag to move through the video</source>
        <translation>Arrastre para moverse por el vídeo</translation>
    </message>
    <message>
        <source>Playback time</source>
        <translation>Tiempo de reproducción</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Video details</source>
        <translation>Detalles del vídeo</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Previous Frame</source>
        <translation>Fotograma anterior</translation>
    </message>
    <message>
        <source>Next Frame</source>
        <translation>Fotograma siguiente</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>This video cannot be previewed on this computer (%1).
It can still be uploaded.</source>
        <translation>Este vídeo no se puede previsualizar en este ordenador (%1).
Aun así se puede subir.</translation>
    </message>
    <message>
        <source>Select a video in the list to preview it.</source>
        <translation>Seleccione un vídeo en la lista para previsualizarlo.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Filmed %1</source>
        <translation>Grabado el %1</translation>
    </message>
    <message>
        <source>File saved %1 (the video does not say when it was filmed)</source>
        <translation>Archivo guardado el %1 (el vídeo no indica cuándo se grabó)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Mark In</source>
        <translation>Marcar inicio</translation>
    </message>
    <message>
        <source>Mark Out</source>
        <translation>Marcar fin</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>Quitar marcas</translation>
    </message>
    <message>
        <source>Kept part of the video</source>
        <translation>Parte del vídeo que se conserva</translation>
    </message>
    <message>
        <source>Clear Marks</source>
        <translation>Quitar marcas</translation>
    </message>
    <message>
        <source>Upload the whole clip again</source>
        <translation>Volver a subir el clip entero</translation>
    </message>
    <message>
        <source>The whole clip is uploaded. Mark In (I) and Out (O) to keep only the swing.</source>
        <translation>Se sube el clip entero. Marque inicio (I) y fin (O) para conservar solo el swing.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Keeps %1 (%2 s)</source>
        <translation>Conserva %1 (%2 s)</translation>
    </message>
    <message>
        <source>starts %1 s earlier, at the previous keyframe</source>
        <translation>empieza %1 s antes, en el fotograma clave anterior</translation>
    </message>
    <message numerus="yes">
        <source>Split into %n clips: %1</source>
        <translation>
            <numerusform>Dividido en %n clip: %1</numerusform>
            <numerusform>Dividido en %n clips: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>filmed turned %1°, shown upright</source>
        <translation>grabado girado %1°, se muestra derecho</translation>
    </message>
    <message>
        <source>sent as %1 (made into a .mov without re-encoding)</source>
        <translation>se envía como %1 (convertido en .mov sin recodificar)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No se envía: %1</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <source>1 start moved to the previous keyframe</source>
        <translation>1 inicio movido al fotograma clave anterior</translation>
    </message>
    <message numerus="yes">
        <source>%n starts moved to the previous keyframe</source>
        <translation>
            <numerusform>%n inicio movido al fotograma clave anterior</numerusform>
            <numerusform>%n inicios movidos al fotograma clave anterior</numerusform>
        </translation>
    </message>
    <message>
        <source>Mute the sound</source>
        <translation>Silenciar el sonido</translation>
    </message>
</context>
<context>
    <name>VideoProbe</name>
    <message>
        <source>The video could not be opened in time.</source>
        <translation>No se pudo abrir el vídeo a tiempo.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <source>The video has no picture.</source>
        <translation>El vídeo no tiene imagen.</translation>
    </message>
    <message>
        <source>The video cannot be played on this computer.</source>
        <translation>El vídeo no se puede reproducir en este ordenador.</translation>
    </message>
    <message>
        <source>The file did not answer in time; the card or drive may have stopped responding.</source>
        <translation>El archivo no respondió a tiempo; puede que la tarjeta o la unidad hayan dejado de responder.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Uploads coaches' videos to the Uplift motion-analysis platform.</source>
        <translation>Sube los vídeos de los entrenadores a la plataforma de análisis de movimiento Uplift.</translation>
    </message>
    <message>
        <source>Try the app without an account: run a local sandbox of the Uplift API and upload service on this computer and use it.</source>
        <translation>Probar la aplicación sin cuenta: ejecutar en este ordenador un entorno de pruebas local de la API y del servicio de subida de Uplift y usarlo.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>El entorno de pruebas no pudo iniciarse: %1</translation>
    </message>
    <message>
        <source>Uploads are not available: %1</source>
        <translation>Las subidas no están disponibles: %1</translation>
    </message>
    <message>
        <source>%1 COMMAND [options]</source>
        <translation>%1 COMANDO [opciones]</translation>
    </message>
    <message>
        <source>Run the local sandbox of the Uplift API without a window.</source>
        <translation>Ejecutar el entorno de pruebas local de la API de Uplift sin ventana.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>"%1 COMMAND --help" shows a command's options.</source>
        <translation>"%1 COMANDO --help" muestra las opciones de un comando.</translation>
    </message>
    <message>
        <source>Videos to add to the ready list (%1), also when the window is already open.</source>
        <translation>Vídeos que se añaden a la lista de listos para subir (%1), también cuando la ventana ya está abierta.</translation>
    </message>
    <message>
        <source>Uplift Capture is already open with your Uplift account: the videos were added to its ready list. To use the sandbox, quit it and start %1 --sandbox.</source>
        <translation>Uplift Capture ya está abierto con su cuenta de Uplift: los vídeos se añadieron a su lista de listos para subir. Para usar el entorno de pruebas, ciérrelo e inicie %1 --sandbox.</translation>
    </message>
    <message>
        <source>Uplift Capture is already open in the sandbox: the videos were added to its ready list, and what is uploaded there never reaches your Uplift account. To use your account, quit it and start %1 again.</source>
        <translation>Uplift Capture ya está abierto en el entorno de pruebas: los vídeos se añadieron a su lista de listos para subir, y lo que se sube ahí nunca llega a su cuenta de Uplift. Para usar su cuenta, ciérrelo e inicie %1 de nuevo.</translation>
    </message>
    <message>
        <source>Uplift Capture was started again for the sandbox, but this window uses your Uplift account: the videos were added here. To use the sandbox, quit and start it with --sandbox.</source>
        <translation>Uplift Capture se inició de nuevo para el entorno de pruebas, pero esta ventana usa su cuenta de Uplift: los vídeos se añadieron aquí. Para usar el entorno de pruebas, cierre el programa e inícielo con --sandbox.</translation>
    </message>
</context>
</TS>