<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Uploads coaches&apos; videos to the Uplift motion-analysis platform.</source>
        <translation>Lädt Videos von Trainern auf die Bewegungsanalyse-Plattform Uplift hoch.</translation>
    </message>
    <message>
        <source>Videos (.mov) to add to the ready list.</source>
        <translation>Videos (.mov), die der Liste „Bereit zum Hochladen“ hinzugefügt werden.</translation>
    </message>
</context>
</TS>
