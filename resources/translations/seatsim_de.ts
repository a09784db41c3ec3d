<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AttemptOutcome</name>
    <message>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <source>reserved a seat</source>
        <translation>Platz reserviert</translation>
    </message>
    <message>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <source>refused: no seat free</source>
        <translation>abgelehnt: kein Platz frei</translation>
    </message>
    <message>
        <source>gave up</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown (commit)</source>
        <translation>unbekannt (COMMIT)</translation>
    </message>
    <message>
        <source>unknown: the connection was lost during COMMIT</source>
        <translation>unbekannt: die Verbindung brach während COMMIT ab</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>consistent: %1 free + %2 occupied = %3</source>
        <translation>konsistent: %1 frei + %2 belegt = %3</translation>
    </message>
    <message>
        <source>%1 free + %2 occupied = %3</source>
        <translation>%1 frei + %2 belegt = %3</translation>
    </message>
    <message>
        <source>%1 free + %2 occupied = %3 ≠ %4</source>
        <translation>%1 frei + %2 belegt = %3 ≠ %4</translation>
    </message>
    <message>
        <source>session %1 overbooked by %2</source>
        <translation>Seminar %1 um %2 überbucht</translation>
    </message>
    <message>
        <source>Session  Capacity  Free  Registrations</source>
        <translation>Seminar    Plätze  Frei    Anmeldungen</translation>
    </message>
    <message>
        <source>overbooked by %1</source>
        <translation>um %1 überbucht</translation>
    </message>
    <message>
        <source>Free seats: %1</source>
        <translation>Freie Plätze: %1</translation>
    </message>
    <message>
        <source>Occupied seats: %1</source>
        <translation>Belegte Plätze: %1</translation>
    </message>
    <message>
        <source>Total: %1 (capacity %2, drift %3)</source>
        <translation>Summe: %1 (Kapazität %2, Abweichung %3)</translation>
    </message>
    <message>
        <source>Consistent.</source>
        <translation>Konsistent.</translation>
    </message>
    <message>
        <source>INCONSISTENT!</source>
        <translation>INKONSISTENT!</translation>
    </message>
    <message>
        <source>session %1: %2</source>
        <translation>Seminar %1: %2</translation>
    </message>
    <message>
        <source>student %1 holds %2 seats (limit %3)</source>
        <translation>Person %1 belegt %2 Plätze (höchstens %3)</translation>
    </message>
    <message>
        <source>Student  Seats (limit %1)</source>
        <translation>Person   Plätze (höchstens %1)</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>über der Grenze</translation>
    </message>
</context>
<context>
    <name>BridgeProcess</name>
    <message>
        <source>Python (%1) could not be started: %2. Install the Debian packages python3 and python3-psycopg2.</source>
        <translation>Python (%1) ließ sich nicht starten: %2. Installieren Sie die Debian-Pakete python3 und python3-psycopg2.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ClassBoard</name>
    <message>
        <source>Could not read the class board: %1</source>
        <translation>Die Klassenübersicht ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>not readable: no USAGE on the schema</source>
        <translation>nicht lesbar: kein USAGE-Recht auf dem Schema</translation>
    </message>
    <message>
        <source>not readable: no SELECT on its run_history</source>
        <translation>nicht lesbar: kein SELECT-Recht auf seiner run_history</translation>
    </message>
    <message>
        <source>not read: its run_history was not made by SeatSim</source>
        <translation>nicht gelesen: seine run_history stammt nicht von SeatSim</translation>
    </message>
    <message>
        <source>readable</source>
        <translation>lesbar</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>Latest run</source>
        <translation>Letzter Durchlauf</translation>
    </message>
    <message>
        <source>Latest verdict</source>
        <translation>Letztes Urteil</translation>
    </message>
    <message>
        <source>no runs yet</source>
        <translation>noch keine Durchläufe</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 expects a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>SeatSim shows on a real PostgreSQL server how concurrent seat reservations lose updates and deadlock, and how transactions and locks prevent it.</source>
        <translation>SeatSim zeigt an einem echten PostgreSQL-Server, wie gleichzeitige Platzreservierungen Aktualisierungen verlieren (Lost Update) und in Deadlocks geraten und wie Transaktionen und Sperren das verhindern.</translation>
    </message>
    <message>
        <source>Run without a window and print results to standard output.</source>
        <translation>Ohne Fenster ausführen und die Ergebnisse auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <source>Recreate the exercise&apos;s tables in the program&apos;s schema.</source>
        <translation>Die Tabellen der Übung im Schema des Programms neu anlegen.</translation>
    </message>
    <message>
        <source>Print the consistency audit: free + occupied seats against capacity.</source>
        <translation>Die Konsistenzprüfung ausgeben: freie + belegte Plätze im Vergleich zur Kapazität.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Use this server instead of the private one: a postgresql:// URI or libpq key=value pairs. libpq&apos;s PG* environment variables fill in what is left out.</source>
        <translation>Diesen Server statt des privaten verwenden: eine postgresql://-URI oder libpq-Paare key=value. Was fehlt, ergänzen die PG*-Umgebungsvariablen von libpq.</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>The schema SeatSim works in (default: seatsim).</source>
        <translation>Das Schema, in dem SeatSim arbeitet (Standard: seatsim).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Where the private server keeps its data.</source>
        <translation>Wo der private Server seine Daten ablegt.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>deadlock_timeout of the private server in milliseconds (default: %1).</source>
        <translation>deadlock_timeout des privaten Servers in Millisekunden (Standard: %1).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Language of the program: de or en (default: the system&apos;s).</source>
        <translation>Sprache des Programms: de oder en (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>List the built-in strategies and exit.</source>
        <translation>Die eingebauten Strategien auflisten und beenden.</translation>
    </message>
    <message>
        <source>ID|FILE</source>
        <translation>ID|DATEI</translation>
    </message>
    <message>
        <source>Worker threads (default: %1).</source>
        <translation>Worker-Threads (Standard: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Reservations per thread (default: %1).</source>
        <translation>Reservierungen pro Thread (Standard: %1).</translation>
    </message>
    <message>
        <source>Pause between read and write, the race window (default: %1).</source>
        <translation>Pause zwischen Lesen und Schreiben, das Zeitfenster für die Race Condition (Standard: %1).</translation>
    </message>
    <message>
        <source>Pause between reservations (default: %1).</source>
        <translation>Pause zwischen Reservierungen (Standard: %1).</translation>
    </message>
    <message>
        <source>Random seed; run k uses seed + k - 1 (default: %1).</source>
        <translation>Zufalls-Seed; Durchlauf k verwendet Seed + k - 1 (Standard: %1).</translation>
    </message>
    <message>
        <source>Runs per strategy (default: 1).</source>
        <translation>Durchläufe pro Strategie (Standard: 1).</translation>
    </message>
    <message>
        <source>Tries per reservation on 40001/40P01 (default: %1).</source>
        <translation>Versuche pro Reservierung bei 40001/40P01 (Standard: %1).</translation>
    </message>
    <message>
        <source>Run with --help for the options.</source>
        <translation>Rufen Sie das Programm mit --help auf, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run with --help for the options.</source>
        <translation>Unerwartetes Argument „%1“. Rufen Sie das Programm mit --help auf, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>--schema: &quot;%1&quot; is not a schema name SeatSim can use. Use lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>--schema: „%1“ ist kein Schemaname, den SeatSim verwenden kann. Verwenden Sie Kleinbuchstaben, Ziffern und Unterstriche, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>--lang expects de or en, not &quot;%1&quot;.</source>
        <translation>--lang erwartet de oder en, nicht „%1“.</translation>
    </message>
    <message>
        <source>Seats of every session instead of the exercise&apos;s 40 in all, so that a long run does not sell out (benchmarks).</source>
        <translation>Plätze jedes Seminars statt der insgesamt 40 der Übung, damit ein langer Durchlauf nicht ausgebucht ist (Benchmarks).</translation>
    </message>
    <message>
        <source>Print the class board: every SeatSim schema on the server, its owner, runs and latest verdict per strategy.</source>
        <translation>Die Klassenübersicht ausgeben: jedes SeatSim-Schema auf dem Server, sein Eigentümer, seine Durchläufe und das letzte Urteil je Strategie.</translation>
    </message>
    <message>
        <source>With --headless: write a report of the runs for handouts, as PDF (A4) or HTML by the file&apos;s suffix.</source>
        <translation>Mit --headless: einen Bericht der Durchläufe als Handout schreiben, je nach Dateiendung als PDF (A4) oder HTML.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>--report works only with --headless.</source>
        <translation>--report geht nur zusammen mit --headless.</translation>
    </message>
    <message>
        <source>--report expects a file ending in .pdf or .html, not &quot;%1&quot;.</source>
        <translation>--report erwartet eine Datei mit der Endung .pdf oder .html, nicht „%1“.</translation>
    </message>
    <message>
        <source>Exit codes of --headless:
  0  every run correct: consistent, no deadlocks, every answer right
  1  could not run (no server, connection lost, interrupted, or no reservation judged: cut before one finished, or held up by a session outside the run)
  2  bad usage, or a script that does not parse
  3  at least one run inconsistent
  4  consistent in every run, but at least one run not correct (deadlocks, failed reservations, wrong answers)
</source>
        <translation>Exit-Codes von --headless:
  0  jeder Durchlauf korrekt: konsistent, ohne Deadlocks, jede Antwort richtig
  1  konnte nicht laufen (kein Server, Verbindung verloren, unterbrochen, oder keine Reservierung bewertet: abgebrochen, bevor eine fertig war, oder aufgehalten von einer Sitzung außerhalb des Durchlaufs)
  2  falscher Aufruf oder ein Skript, das sich nicht parsen lässt
  3  mindestens ein Durchlauf inkonsistent
  4  in jedem Durchlauf konsistent, aber mindestens ein Durchlauf nicht korrekt (Deadlocks, fehlgeschlagene Reservierungen, falsche Antworten)
</translation>
    </message>
    <message>
        <source>The exercise: seats (free + occupied = capacity; the default) or two-seats (also: each student holds at most two seats). It sets the load&apos;s users, the rule the judge checks and the built-in strategies.</source>
        <translation>Die Aufgabe: seats (frei + belegt = Kapazität; die Voreinstellung) oder two-seats (zusätzlich: jede Person belegt höchstens zwei Plätze). Sie bestimmt die Nutzer der Last, die Regel, die die Bewertung prüft, und die eingebauten Strategien.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--exercise expects one of %1, not &quot;%2&quot;.</source>
        <translation>--exercise erwartet eines von %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>Run each worker for this long instead of --per-thread reservations; a reservation still running %1 ms later is cancelled.</source>
        <translation>Jeden Worker so lange laufen lassen statt --per-thread Reservierungen; eine Reservierung, die %1 ms danach noch läuft, wird abgebrochen.</translation>
    </message>
    <message>
        <source>Cut each run after this long, whatever its script does: running statements are cancelled and the run judged by what finished (default: %1; 0: no limit; a --duration-ms run ends by its duration).</source>
        <translation>Jeden Durchlauf nach dieser Zeit abbrechen, was auch immer sein Skript tut: Laufende Anweisungen werden abgebrochen und der Durchlauf nach dem Beendeten bewertet (Standard: %1; 0: keine Grenze; ein Durchlauf mit --duration-ms endet nach seiner Dauer).</translation>
    </message>
    <message>
        <source>A built-in strategy id, a script file, or a student&apos;s Python answer (.py or .ipynb defining reserve_seat). May be given several times, or as a comma-separated list (default: the exercise&apos;s first built-in, naive or check-then-book).</source>
        <translation>Die id einer eingebauten Strategie, eine Skriptdatei oder die Python-Lösung von Studierenden (.py oder .ipynb mit reserve_seat). Mehrfach oder als kommagetrennte Liste möglich (Voreinstellung: die erste eingebaute Strategie der Aufgabe, naive oder check-then-book).</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Invalid connection string &quot;%1&quot;: %2. Use a URI such as postgresql://user@host:5432/database or key=value pairs such as &quot;host=localhost dbname=postgres&quot;.</source>
        <translation>Ungültige Verbindungszeichenfolge „%1“: %2. Verwenden Sie eine URI wie postgresql://user@host:5432/database oder key=value-Paare wie &quot;host=localhost dbname=postgres&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schema name SeatSim can use. Use lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>„%1“ ist kein Schemaname, den SeatSim verwenden kann. Verwenden Sie Kleinbuchstaben, Ziffern und Unterstriche, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not available. Install the Debian package libqt6sql6-psql.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht verfügbar. Installieren Sie das Debian-Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>EmbeddedServer</name>
    <message>
        <source>SEATSIM_PG_BINDIR is set to %1, but that directory holds no PostgreSQL server (postgres, initdb, pg_ctl). Fix or unset the variable.</source>
        <translation>SEATSIM_PG_BINDIR ist auf %1 gesetzt, aber dieses Verzeichnis enthält keinen PostgreSQL-Server (postgres, initdb, pg_ctl). Korrigieren Sie die Variable oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>No PostgreSQL server programs (postgres, initdb, pg_ctl) were found. Install them with: sudo apt-get install postgresql</source>
        <translation>Es wurden keine PostgreSQL-Serverprogramme (postgres, initdb, pg_ctl) gefunden. Installieren Sie sie mit: sudo apt-get install postgresql</translation>
    </message>
    <message>
        <source>Could not hand %1 to the postgres account: %2</source>
        <translation>%1 konnte nicht an das Konto postgres übergeben werden: %2</translation>
    </message>
    <message>
        <source>PostgreSQL refuses to run as root, and this system has no &apos;postgres&apos; account to run it as. Install the Debian package postgresql (it creates the account), or start SeatSim as a normal user.</source>
        <translation>PostgreSQL verweigert den Betrieb als root, und dieses System hat kein Konto &apos;postgres&apos;, unter dem es laufen könnte. Installieren Sie das Debian-Paket postgresql (es legt das Konto an) oder starten Sie SeatSim als normaler Benutzer.</translation>
    </message>
    <message>
        <source>Could not create the directory %1 for the private PostgreSQL server. Check its permissions.</source>
        <translation>Das Verzeichnis %1 für den privaten PostgreSQL-Server konnte nicht angelegt werden. Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The postgres account, which runs the private server when SeatSim runs as root, cannot enter %1. Allow it (chmod o+x %1) or point SeatSim at another directory.</source>
        <translation>Das Konto postgres, das den privaten Server ausführt, wenn SeatSim als root läuft, kann %1 nicht betreten. Erlauben Sie es (chmod o+x %1) oder geben Sie SeatSim ein anderes Verzeichnis an.</translation>
    </message>
    <message>
        <source>Could not create the directory %1 for the private PostgreSQL server.</source>
        <translation>Das Verzeichnis %1 für den privaten PostgreSQL-Server konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 belongs to another user. SeatSim keeps its private server there and will not share it: remove the directory.</source>
        <translation>%1 gehört einem anderen Benutzer. SeatSim legt dort seinen privaten Server ab und teilt ihn nicht: Entfernen Sie das Verzeichnis.</translation>
    </message>
    <message>
        <source>initdb could not create the private PostgreSQL cluster in %1:
%2</source>
        <translation>initdb konnte den privaten PostgreSQL-Cluster in %1 nicht anlegen:
%2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The private PostgreSQL server did not start (pg_ctl exit code %1).
%2
Server log %3:
%4</source>
        <translation>Der private PostgreSQL-Server ist nicht gestartet (Exit-Code von pg_ctl: %1).
%2
Serverprotokoll %3:
%4</translation>
    </message>
    <message>
        <source>The private PostgreSQL server is running, but %1: %2</source>
        <translation>Der private PostgreSQL-Server läuft, aber %1: %2</translation>
    </message>
    <message>
        <source>SeatSim cannot connect to it</source>
        <translation>SeatSim kann keine Verbindung zu ihm herstellen</translation>
    </message>
    <message>
        <source>the database seatsim could not be created</source>
        <translation>die Datenbank seatsim konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Another SeatSim process has been starting the private server in %1 for too long. If none is running, remove %2.</source>
        <translation>Ein anderer SeatSim-Prozess startet den privaten Server in %1 schon zu lange. Falls keiner läuft, entfernen Sie %2.</translation>
    </message>
    <message>
        <source>The private PostgreSQL server did not stop: %1</source>
        <translation>Der private PostgreSQL-Server hat sich nicht beendet: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Without it another SeatSim could stop the private server while this one uses it. Make %3 writable, or choose another directory with --server-dir.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Ohne diese Datei könnte ein anderes SeatSim den privaten Server beenden, während dieses ihn nutzt. Machen Sie %3 beschreibbar oder wählen Sie mit --server-dir ein anderes Verzeichnis.</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>Unknown strategy &quot;%1&quot;: it is neither a built-in id (%2) nor a file.</source>
        <translation>Unbekannte Strategie „%1“: weder eine eingebaute ID (%2) noch eine Datei.</translation>
    </message>
    <message>
        <source>Reset the tables in schema %1 on %2.</source>
        <translation>Tabellen im Schema %1 auf %2 zurückgesetzt.</translation>
    </message>
    <message>
        <source>There is no SeatSim schema &quot;%1&quot; on %2 yet. Create it with --reset.</source>
        <translation>Auf %2 gibt es noch kein SeatSim-Schema „%1“. Legen Sie es mit --reset an.</translation>
    </message>
    <message>
        <source>The audit failed: %1</source>
        <translation>Die Konsistenzprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Interrupted (signal %1): the run was stopped and nothing more runs.</source>
        <translation>Unterbrochen (Signal %1): Der Lauf wurde angehalten, weitere Läufe folgen nicht.</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Der Bericht steht in %1.</translation>
    </message>
    <message>
        <source>%1: %2 — %3 of %4 runs inconsistent, %5 with deadlocks; %6 attempts, %7 retries, %8 deadlocks, %9 serialization failures, %10 attempts/s</source>
        <translation>%1: %2 — %3 von %4 Durchläufen inkonsistent, %5 mit Deadlocks; %6 Versuche, %7 Wiederholungen, %8 Deadlocks, %9 Serialisierungsfehler, %10 Versuche/s</translation>
    </message>
</context>
<context>
    <name>LostUpdates</name>
    <message>
        <source>%1 and %2</source>
        <comment>list of workers</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Worker %1 and worker %2 both read %3 seats in session %4 and both wrote %5: one update was lost</source>
        <translation>Worker %1 und Worker %2 lasen beide %3 Plätze in Seminar %4 und schrieben beide %5: Eine Aktualisierung ging verloren</translation>
    </message>
    <message>
        <source>Workers %1 all read %2 seats in session %3 and all wrote %4: %5 updates were lost</source>
        <translation>Die Worker %1 lasen alle %2 Plätze in Seminar %3 und schrieben alle %4: %5 Aktualisierungen gingen verloren</translation>
    </message>
    <message>
        <source>Session %1: no drift and no lost update.</source>
        <translation>Seminar %1: keine Abweichung und kein Lost Update.</translation>
    </message>
    <message>
        <source>Session %1: the lost update found explains the drift of 1.</source>
        <translation>Seminar %1: Das gefundene Lost Update erklärt die Abweichung von 1.</translation>
    </message>
    <message>
        <source>Session %1: the %2 lost updates found explain the drift of %2.</source>
        <translation>Seminar %1: Die %2 gefundenen Lost Updates erklären die Abweichung von %2.</translation>
    </message>
    <message>
        <source>the strategy&apos;s UPDATE does not write a value it read (the server computes it), so reading the same value loses nothing; the drift comes from another write</source>
        <translation>das UPDATE der Strategie schreibt keinen gelesenen Wert (der Server berechnet ihn), daher geht durch das Lesen desselben Werts nichts verloren; die Abweichung stammt von einem anderen Schreibvorgang</translation>
    </message>
    <message>
        <source>attempt records dropped from the bounded record store, so that their reads are missing: %1</source>
        <translation>Versuchsaufzeichnungen, die aus dem begrenzten Aufzeichnungsspeicher verworfen wurden, sodass ihre Lesevorgänge fehlen: %1</translation>
    </message>
    <message>
        <source>attempts with an unknown outcome (connection lost during COMMIT), which may have written: %1</source>
        <translation>Versuche mit unbekanntem Ergebnis (Verbindung während des COMMIT verloren), die geschrieben haben könnten: %1</translation>
    </message>
    <message>
        <source>attempts interrupted by an error, a lost connection or a stop after they may have written part of a booking: %1</source>
        <translation>Versuche, die durch einen Fehler, eine verlorene Verbindung oder ein Stoppen unterbrochen wurden, nachdem sie möglicherweise einen Teil einer Buchung geschrieben hatten: %1</translation>
    </message>
    <message>
        <source>reservations that did not \gset `seats`, so that the value they read is unknown: %1</source>
        <translation>Reservierungen ohne \gset `seats`, sodass der gelesene Wert unbekannt ist: %1</translation>
    </message>
    <message>
        <source>worker %1 read %2 seats but wrote over %3, undoing %4 bookings at once</source>
        <translation>Worker %1 las %2 Plätze, überschrieb aber %3 und machte damit %4 Buchungen auf einmal rückgängig</translation>
    </message>
    <message>
        <source>Session %1: the lost updates found account for %2 of the drift of %3; replaying the writes in commit order explains the rest: %4.</source>
        <translation>Seminar %1: Die gefundenen Lost Updates erklären %2 der Abweichung von %3; das Nachspielen der Schreibvorgänge in COMMIT-Reihenfolge erklärt den Rest: %4.</translation>
    </message>
    <message>
        <source>late writes overwrote newer values</source>
        <translation>verspätete Schreibvorgänge überschrieben neuere Werte</translation>
    </message>
    <message>
        <source>nothing in the records explains it: the table was changed from outside the program, or the script writes something other than the value it read</source>
        <translation>nichts in den Aufzeichnungen erklärt sie: Die Tabelle wurde außerhalb des Programms geändert, oder das Skript schreibt etwas anderes als den gelesenen Wert</translation>
    </message>
    <message>
        <source>Session %1: lost updates found: %2, but the drift is %3. Why: %4.</source>
        <translation>Seminar %1: gefundene Lost Updates: %2, aber die Abweichung beträgt %3. Warum: %4.</translation>
    </message>
    <message>
        <source>Lost updates found: %1; the audit measured a drift of %2.</source>
        <translation>Gefundene Lost Updates: %1; die Konsistenzprüfung hat eine Abweichung von %2 gemessen.</translation>
    </message>
    <message>
        <source>They explain it in every session.</source>
        <translation>Sie erklären sie in jedem Seminar.</translation>
    </message>
    <message>
        <source>They do not explain it everywhere:</source>
        <translation>Sie erklären sie nicht überall:</translation>
    </message>
    <message>
        <source>Worker %1 and worker %2 both read 1 seat in session %3 and both wrote %4: one update was lost</source>
        <translation>Worker %1 und Worker %2 lasen beide 1 Platz in Seminar %3 und schrieben beide %4: Eine Aktualisierung ging verloren</translation>
    </message>
    <message>
        <source>Workers %1 all read 1 seat in session %2 and all wrote %3: %4 updates were lost</source>
        <translation>Die Worker %1 lasen alle 1 Platz in Seminar %2 und schrieben alle %3: %4 Aktualisierungen gingen verloren</translation>
    </message>
    <message>
        <source>Session %1: the table&apos;s sums show %2 lost updates; the statements suggest %3 more, which the table does not show, so they are not listed.</source>
        <translation>Seminar %1: Die Summen der Tabelle zeigen %2 Lost Updates; die Anweisungen legen %3 weitere nahe, die die Tabelle nicht zeigt, daher sind sie nicht aufgeführt.</translation>
    </message>
    <message>
        <source>No lost update: in every session free + registrations = capacity.</source>
        <translation>Kein Lost Update: In jedem Seminar gilt frei + Anmeldungen = Kapazität.</translation>
    </message>
</context>
<context>
    <name>OutsideSession</name>
    <message>
        <source>application “%1”</source>
        <translation>Anwendung „%1“</translation>
    </message>
    <message>
        <source>user “%1”</source>
        <translation>Benutzer „%1“</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>process %1 (%2)</source>
        <translation>Prozess %1 (%2)</translation>
    </message>
    <message>
        <source>Worker %1 has waited %2 s for a lock held outside this run by %3. End that session (COMMIT or ROLLBACK there, or SELECT pg_terminate_backend(%4)), or stop the run.</source>
        <translation>Worker %1 wartet seit %2 s auf eine Sperre, die außerhalb dieses Durchlaufs gehalten wird, von %3. Beenden Sie diese Sitzung (dort COMMIT oder ROLLBACK, oder SELECT pg_terminate_backend(%4)) oder halten Sie den Durchlauf an.</translation>
    </message>
    <message>
        <source>Workers %1 have waited %2 s for a lock held outside this run by %3. End that session (COMMIT or ROLLBACK there, or SELECT pg_terminate_backend(%4)), or stop the run.</source>
        <translation>Worker %1 warten seit %2 s auf eine Sperre, die außerhalb dieses Durchlaufs gehalten wird, von %3. Beenden Sie diese Sitzung (dort COMMIT oder ROLLBACK, oder SELECT pg_terminate_backend(%4)) oder halten Sie den Durchlauf an.</translation>
    </message>
</context>
<context>
    <name>PythonAnswer</name>
    <message>
        <source>cannot open the answer %1: %2</source>
        <translation>die Antwort %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes, at most %2 allowed)</source>
        <translation>die Datei ist zu groß (%1 Bytes, höchstens %2 erlaubt)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>die Datei ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>loading the answer&apos;s definitions did not end within %1 s</source>
        <translation>das Laden der Definitionen der Antwort endete nicht innerhalb von %1 s</translation>
    </message>
    <message>
        <source>Python&apos;s psycopg2 is missing (%1): install the Debian package python3-psycopg2</source>
        <translation>psycopg2 fehlt in Python (%1): Installieren Sie das Debian-Paket python3-psycopg2</translation>
    </message>
    <message>
        <source>Python (%1) could not check the answer (exit code %2): %3. Install the Debian packages python3 and python3-psycopg2.</source>
        <translation>Python (%1) konnte die Antwort nicht prüfen (Exit-Code %2): %3. Installieren Sie die Debian-Pakete python3 und python3-psycopg2.</translation>
    </message>
</context>
<context>
    <name>PythonWorkers</name>
    <message>
        <source>the bridge to Python ended before it was given the load</source>
        <translation>die Brücke zu Python endete, bevor sie die Last erhielt</translation>
    </message>
    <message>
        <source>the Python answer ended the bridge (exit code %1): %2</source>
        <translation>die Python-Antwort hat die Brücke beendet (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>%1() failed after the run: %2</source>
        <translation>%1() schlug nach dem Lauf fehl: %2</translation>
    </message>
    <message>
        <source>%1() returned %2; the table holds %3.</source>
        <translation>%1() gab %2 zurück; die Tabelle enthält %3.</translation>
    </message>
    <message>
        <source>reserve_seat(conn, %1, %2) had not returned when the run ended</source>
        <translation>reserve_seat(conn, %1, %2) war bei Laufende noch nicht zurückgekehrt</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>SeatSim report: %1</source>
        <translation>SeatSim-Bericht: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Reservations each</source>
        <translation>Reservierungen je Worker</translation>
    </message>
    <message>
        <source>Think time</source>
        <translation>Denkzeit</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Max tries</source>
        <translation>Max. Versuche</translation>
    </message>
    <message>
        <source>Sessions (seats)</source>
        <translation>Seminare (Plätze)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Free + occupied</source>
        <translation>Frei + belegt</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Reserved seats</source>
        <translation>Reservierte Plätze</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Deadlocks (40P01)</source>
        <translation>Deadlocks (40P01)</translation>
    </message>
    <message>
        <source>Serialization failures (40001)</source>
        <translation>Serialisierungsfehler (40001)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>%1 attempts/s</source>
        <translation>%1 Versuche/s</translation>
    </message>
    <message>
        <source>Seats over time and per session</source>
        <translation>Plätze im Zeitverlauf und pro Seminar</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>Inconsistent</source>
        <translation>Inkonsistent</translation>
    </message>
    <message>
        <source>Deadlocks</source>
        <translation>Deadlocks</translation>
    </message>
    <message>
        <source>Attempts/s</source>
        <translation>Versuche/s</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>SeatSim report</source>
        <translation>SeatSim-Bericht</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Refused: no seat free</source>
        <translation>Abgelehnt: kein Platz frei</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Fehlgeschlagene Versuche</translation>
    </message>
    <message>
        <source>Refusals while seats were free</source>
        <translation>Ablehnungen trotz freier Plätze</translation>
    </message>
    <message>
        <source>Bookings not reported</source>
        <translation>Nicht gemeldete Buchungen</translation>
    </message>
    <message>
        <source>First failure</source>
        <translation>Erster Fehler</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Durchlauf %1: %2</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Seminare</translation>
    </message>
    <message>
        <source>The SQL that ran: %1</source>
        <translation>Das ausgeführte SQL: %1</translation>
    </message>
    <message>
        <source>40001 failures</source>
        <translation>40001-Fehler</translation>
    </message>
</context>
<context>
    <name>RunResult</name>
    <message>
        <source>Run %1: %2, %3 threads × %4, think %5 ms, seed %6</source>
        <translation>Durchlauf %1: %2, %3 Threads × %4, Denkzeit %5 ms, Seed %6</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>reserved seats</source>
        <translation>reservierte Plätze</translation>
    </message>
    <message>
        <source>rejected (full)</source>
        <translation>abgelehnt (voll)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>deadlocks (40P01)</source>
        <translation>Deadlocks (40P01)</translation>
    </message>
    <message>
        <source>serialization (40001)</source>
        <translation>Serialisierung (40001)</translation>
    </message>
    <message>
        <source>unknown outcomes</source>
        <translation>unbekannte Ergebnisse</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 ms (%2 attempts/s)</source>
        <translation>%1 ms (%2 Versuche/s)</translation>
    </message>
    <message>
        <source>ERROR: %1</source>
        <translation>FEHLER: %1</translation>
    </message>
    <message>
        <source>CONSISTENT</source>
        <translation>KONSISTENT</translation>
    </message>
    <message>
        <source>INCONSISTENT</source>
        <translation>INKONSISTENT</translation>
    </message>
    <message>
        <source>verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <source>the server: %1</source>
        <translation>der Server: %1</translation>
    </message>
</context>
<context>
    <name>ScriptPhases</name>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>think</source>
        <translation>Denkzeit</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>COMMIT</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstiges</translation>
    </message>
    <message>
        <source>lock wait</source>
        <translation>wartet auf Sperre</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ScriptRunner</name>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>the script ended inside a transaction (add COMMIT at its end)</source>
        <translation>das Skript endete innerhalb einer Transaktion (fügen Sie am Ende COMMIT hinzu)</translation>
    </message>
    <message>
        <source>\sleep %1 is out of range (0 up to an hour)</source>
        <translation>\sleep %1 liegt außerhalb des zulässigen Bereichs (0 bis eine Stunde)</translation>
    </message>
    <message>
        <source>\gset expects exactly one row, but the query returned %1</source>
        <translation>\gset erwartet genau eine Zeile, aber die Abfrage lieferte %1</translation>
    </message>
    <message>
        <source>%1; then the ROLLBACK failed too: %2</source>
        <translation>%1; danach schlug auch das ROLLBACK fehl: %2</translation>
    </message>
</context>
<context>
    <name>SeatDatabase</name>
    <message>
        <source>A scenario needs at least one session.</source>
        <translation>Ein Szenario braucht mindestens ein Seminar.</translation>
    </message>
    <message>
        <source>The schema &quot;%1&quot; exists but was not created by SeatSim, so SeatSim will not touch it. Choose another schema with --schema NAME.</source>
        <translation>Das Schema „%1“ existiert, wurde aber nicht von SeatSim angelegt; SeatSim verändert es daher nicht. Wählen Sie mit --schema NAME ein anderes Schema.</translation>
    </message>
    <message>
        <source>Could not create the schema &quot;%1&quot;: %2</source>
        <translation>Das Schema „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not recreate the tables in schema &quot;%1&quot;: %2</source>
        <translation>Die Tabellen im Schema „%1“ konnten nicht neu angelegt werden: %2</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; may not %2 (%3). Ask the server&apos;s administrator to run:
    %4</source>
        <translation>Der Login „%1“ darf nicht %2 (%3). Bitten Sie die Administration des Servers, dies auszuführen:
    %4</translation>
    </message>
    <message>
        <source>create the schema &quot;%1&quot;</source>
        <translation>das Schema „%1“ anlegen</translation>
    </message>
    <message>
        <source>recreate the tables in schema &quot;%1&quot;</source>
        <translation>die Tabellen im Schema „%1“ neu anlegen</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>private server (%1), schema %2</source>
        <translation>privater Server (%1), Schema %2</translation>
    </message>
    <message>
        <source>%1, schema %2</source>
        <translation>%1, Schema %2</translation>
    </message>
</context>
<context>
    <name>ServerInfo</name>
    <message>
        <source>The server has no connection slot left: its max_connections (%1) is reached.</source>
        <translation>Der Server hat keinen freien Verbindungsplatz mehr: sein max_connections (%1) ist erreicht.</translation>
    </message>
    <message>
        <source>The server has no connection slot left: its max_connections is reached.</source>
        <translation>Der Server hat keinen freien Verbindungsplatz mehr: sein max_connections ist erreicht.</translation>
    </message>
    <message>
        <source>One run needs %1 connections (%2 threads + control + monitor). Nothing was judged. Run with fewer threads, wait for other runs to end, or ask the administrator to raise max_connections.</source>
        <translation>Ein Lauf braucht %1 Verbindungen (%2 Threads + Steuerung + Monitor). Nichts wurde beurteilt. Starten Sie mit weniger Threads, warten Sie, bis andere Läufe enden, oder bitten Sie die Administration, max_connections zu erhöhen.</translation>
    </message>
</context>
<context>
    <name>StepWorkerState</name>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>held before: %1</source>
        <translation>angehalten vor: %1</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>führt aus: %1</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>another connection</source>
        <translation>eine andere Verbindung</translation>
    </message>
    <message>
        <source>waiting for a lock of %1: %2</source>
        <translation>wartet auf Sperre (Inhaber: %1): %2</translation>
    </message>
    <message>
        <source>finished: %1</source>
        <translation>beendet: %1</translation>
    </message>
    <message>
        <source>finished: %1 (%2)</source>
        <translation>beendet: %1 (%2)</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>keine Zeilen</translation>
    </message>
    <message>
        <source>%1 rows: %2</source>
        <translation>%1 Zeilen: %2</translation>
    </message>
</context>
<context>
    <name>StrategyScript</name>
    <message>
        <source>the script is too large (%1 characters, at most %2 allowed); a strategy is a few statements</source>
        <translation>das Skript ist zu groß (%1 Zeichen, höchstens %2 erlaubt); eine Strategie besteht aus wenigen Anweisungen</translation>
    </message>
    <message>
        <source>\if is not closed at the end of the file (add \endif)</source>
        <translation>\if ist am Dateiende nicht geschlossen (fügen Sie \endif hinzu)</translation>
    </message>
    <message>
        <source>variable :%1 is used but never set (set it with \set or \gset; the program provides: %2)</source>
        <translation>die Variable :%1 wird verwendet, aber nie gesetzt (setzen Sie sie mit \set oder \gset; das Programm stellt bereit: %2)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>binary data (character U+%1) in the script; a strategy script must be UTF-8 text</source>
        <translation>Binärdaten (Zeichen U+%1) im Skript; ein Strategieskript muss UTF-8-Text sein</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected broken or safe)</source>
        <translation>unbekannte Art „%1“ (erwartet: broken oder safe)</translation>
    </message>
    <message>
        <source>SQL statement is not terminated at the end of the file (add &apos;;&apos; at its end)</source>
        <translation>SQL-Anweisung ist am Dateiende nicht abgeschlossen (fügen Sie am Ende &apos;;&apos; hinzu)</translation>
    </message>
    <message>
        <source>comment /* is not closed (add */)</source>
        <translation>Kommentar /* ist nicht geschlossen (fügen Sie */ hinzu)</translation>
    </message>
    <message>
        <source>quoted text starting here is not closed (add %1)</source>
        <translation>der hier beginnende Text in Anführungszeichen ist nicht geschlossen (fügen Sie %1 hinzu)</translation>
    </message>
    <message>
        <source>dollar-quoted text starting here is not closed (add %1)</source>
        <translation>der hier beginnende Text in Dollar-Quoting ist nicht geschlossen (fügen Sie %1 hinzu)</translation>
    </message>
    <message>
        <source>a comment cannot follow a meta-command on the same line (pgbench would read it as part of the command); move it to a line of its own</source>
        <translation>auf ein Meta-Kommando darf in derselben Zeile kein Kommentar folgen (pgbench würde ihn als Teil des Kommandos lesen); verschieben Sie ihn in eine eigene Zeile</translation>
    </message>
    <message>
        <source>\gset takes at most one argument, a variable name prefix</source>
        <translation>\gset nimmt höchstens ein Argument an, ein Präfix für die Variablennamen</translation>
    </message>
    <message>
        <source>\gset must follow an SQL query (write it after the SELECT, in place of the &apos;;&apos;)</source>
        <translation>\gset muss auf eine SQL-Abfrage folgen (schreiben Sie es hinter das SELECT, anstelle des &apos;;&apos;)</translation>
    </message>
    <message>
        <source>SQL statement is not terminated before \%1 (add &apos;;&apos; at its end)</source>
        <translation>SQL-Anweisung ist vor \%1 nicht abgeschlossen (fügen Sie am Ende &apos;;&apos; hinzu)</translation>
    </message>
    <message>
        <source>\sleep needs an amount and an optional unit, e.g. \sleep :think_ms ms</source>
        <translation>\sleep braucht eine Dauer und optional eine Einheit, z. B. \sleep :think_ms ms</translation>
    </message>
    <message>
        <source>unknown \sleep unit &quot;%1&quot; (expected us, ms or s)</source>
        <translation>unbekannte \sleep-Einheit „%1“ (erwartet: us, ms oder s)</translation>
    </message>
    <message>
        <source>\sleep needs a non-negative integer or a :variable, not &quot;%1&quot;</source>
        <translation>\sleep braucht eine nicht-negative ganze Zahl oder eine :Variable, nicht „%1“</translation>
    </message>
    <message>
        <source>\sleep of more than an hour is not allowed; use a shorter pause</source>
        <translation>\sleep von mehr als einer Stunde ist nicht erlaubt; verwenden Sie eine kürzere Pause</translation>
    </message>
    <message>
        <source>\elif without \if (add \if before it or remove it)</source>
        <translation>\elif ohne \if (fügen Sie davor ein \if ein oder entfernen Sie es)</translation>
    </message>
    <message>
        <source>\elif after \else (move it before the \else)</source>
        <translation>\elif nach \else (verschieben Sie es vor das \else)</translation>
    </message>
    <message>
        <source>\if is nested more than %1 levels deep; simplify the script</source>
        <translation>\if ist mehr als %1 Ebenen tief verschachtelt; vereinfachen Sie das Skript</translation>
    </message>
    <message>
        <source>\%1 without \if (add \if before it or remove it)</source>
        <translation>\%1 ohne \if (fügen Sie davor ein \if ein oder entfernen Sie es)</translation>
    </message>
    <message>
        <source>second \else for the same \if (remove one)</source>
        <translation>zweites \else zum selben \if (entfernen Sie eines)</translation>
    </message>
    <message>
        <source>\%1 takes no arguments</source>
        <translation>\%1 nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>unknown meta-command \%1 (expected \set, \sleep, \gset, \if, \elif, \else or \endif)</source>
        <translation>unbekanntes Meta-Kommando \%1 (erwartet: \set, \sleep, \gset, \if, \elif, \else oder \endif)</translation>
    </message>
    <message>
        <source>expression expected, e.g. random(1, :sessions) or :seats &gt; 0</source>
        <translation>Ausdruck erwartet, z. B. random(1, :sessions) oder :seats &gt; 0</translation>
    </message>
    <message>
        <source>bad expression: unexpected &quot;%1&quot; (an operator or the end of the line was expected)</source>
        <translation>fehlerhafter Ausdruck: unerwartetes „%1“ (erwartet wurde ein Operator oder das Zeilenende)</translation>
    </message>
    <message>
        <source>bad expression: %1 expected at the end of the line</source>
        <translation>fehlerhafter Ausdruck: %1 am Zeilenende erwartet</translation>
    </message>
    <message>
        <source>bad expression: %1 expected, not &quot;%2&quot;</source>
        <translation>fehlerhafter Ausdruck: %1 erwartet, nicht „%2“</translation>
    </message>
    <message>
        <source>expression is nested too deeply</source>
        <translation>Ausdruck ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>bad expression: comparisons cannot be chained (combine them with and)</source>
        <translation>fehlerhafter Ausdruck: Vergleiche können nicht verkettet werden (verbinden Sie sie mit and)</translation>
    </message>
    <message>
        <source>bad expression: integer %1 is out of range</source>
        <translation>fehlerhafter Ausdruck: ganze Zahl %1 liegt außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>bad expression: unknown name &quot;%1&quot; (functions: random, least, greatest, abs; variables are written :name)</source>
        <translation>fehlerhafter Ausdruck: unbekannter Name „%1“ (Funktionen: random, least, greatest, abs; Variablen schreibt man :name)</translation>
    </message>
    <message>
        <source>&apos;(&apos; after %1</source>
        <translation>&apos;(&apos; nach %1</translation>
    </message>
    <message>
        <source>bad expression: %1() takes %2 argument(s), not %3</source>
        <translation>fehlerhafter Ausdruck: %1() nimmt %2 Argument(e), nicht %3</translation>
    </message>
    <message>
        <source>bad expression: %1() needs at least one argument</source>
        <translation>fehlerhafter Ausdruck: %1() braucht mindestens ein Argument</translation>
    </message>
    <message>
        <source>bad expression: operand expected at the end of the line</source>
        <translation>fehlerhafter Ausdruck: Operand am Zeilenende erwartet</translation>
    </message>
    <message>
        <source>bad expression: &quot;%1&quot; is not an integer (only integers are supported)</source>
        <translation>fehlerhafter Ausdruck: „%1“ ist keine ganze Zahl (nur ganze Zahlen werden unterstützt)</translation>
    </message>
    <message>
        <source>bad expression: unexpected &quot;%1&quot;</source>
        <translation>fehlerhafter Ausdruck: unerwartetes „%1“</translation>
    </message>
    <message>
        <source>a boolean cannot be used as an integer (column %1)</source>
        <translation>ein Wahrheitswert kann nicht als ganze Zahl verwendet werden (Spalte %1)</translation>
    </message>
    <message>
        <source>undefined variable :%1</source>
        <translation>undefinierte Variable :%1</translation>
    </message>
    <message>
        <source>variable :%1 holds &quot;%2&quot;, which is not an integer</source>
        <translation>die Variable :%1 enthält „%2“, das ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>integer out of range in negation</source>
        <translation>ganze Zahl außerhalb des Wertebereichs bei Negation</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <source>integer out of range (overflow) at column %1</source>
        <translation>ganze Zahl außerhalb des Wertebereichs (Überlauf) in Spalte %1</translation>
    </message>
    <message>
        <source>random(%1, %2): the lower bound is greater than the upper bound</source>
        <translation>random(%1, %2): die untere Grenze ist größer als die obere</translation>
    </message>
    <message>
        <source>random(%1, %2): the range is too large</source>
        <translation>random(%1, %2): der Bereich ist zu groß</translation>
    </message>
    <message>
        <source>integer out of range in abs()</source>
        <translation>ganze Zahl außerhalb des Wertebereichs in abs()</translation>
    </message>
    <message>
        <source>cannot open the strategy file %1: %2</source>
        <translation>die Strategiedatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes, at most %2 allowed); a strategy is a few statements</source>
        <translation>die Datei ist zu groß (%1 Bytes, höchstens %2 erlaubt); eine Strategie besteht aus wenigen Anweisungen</translation>
    </message>
    <message>
        <source>cannot read the strategy file %1: %2</source>
        <translation>die Strategiedatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file contains binary data (NUL bytes); a strategy script must be UTF-8 text</source>
        <translation>die Datei enthält Binärdaten (NUL-Bytes); ein Strategieskript muss UTF-8-Text sein</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>die Datei ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>internal error: bad expression or variable vector</source>
        <translation>interner Fehler: fehlerhafter Ausdruck oder Variablenvektor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the demo load is not understood: write, separated by commas, threads N, per-thread N, think N ms, pause N ms</source>
        <translation>„%1“ in der Demo-Last ist nicht verständlich: schreiben Sie, durch Kommas getrennt, threads N, per-thread N, think N ms, pause N ms</translation>
    </message>
    <message>
        <source>%1 %2 in the demo load is out of range (%3 to %4)</source>
        <translation>%1 %2 in der Demo-Last liegt außerhalb des Bereichs (%3 bis %4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is SeatSim&apos;s old name: a script is the body of the exercise&apos;s reserve_seat(conn, user_id, session_id), and its arguments are :user_id, :session_id (and :session2_id for a second session). Rename %1 to %2 everywhere in the script.</source>
        <translation>„%1“ ist ein alter Name von SeatSim: Ein Skript ist der Rumpf von reserve_seat(conn, user_id, session_id) aus der Aufgabe, seine Argumente heißen :user_id und :session_id (und :session2_id für ein zweites Seminar). Benennen Sie %1 überall im Skript in %2 um.</translation>
    </message>
    <message>
        <source>\set needs a variable name and an expression, e.g. \set user_id random(1, 100)</source>
        <translation>\set braucht einen Variablennamen und einen Ausdruck, z. B. \set user_id random(1, 100)</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>%1 free + %2 occupied = %3</source>
        <translation>%1 frei + %2 belegt = %3</translation>
    </message>
    <message>
        <source>%1 free + %2 occupied = %3 ≠ %4</source>
        <translation>%1 frei + %2 belegt = %3 ≠ %4</translation>
    </message>
    <message>
        <source>session %1: %2</source>
        <translation>Seminar %1: %2</translation>
    </message>
    <message>
        <source>, %1 free</source>
        <translation>, %1 frei</translation>
    </message>
    <message>
        <source>, overbooked by %1</source>
        <translation>, um %1 überbucht</translation>
    </message>
    <message>
        <source>not judged: the run did not reach its audit</source>
        <translation>nicht bewertet: Der Durchlauf kam nicht bis zur Prüfung</translation>
    </message>
    <message>
        <source>1 more session</source>
        <translation>1 weiteres Seminar</translation>
    </message>
    <message>
        <source>%1 more sessions</source>
        <translation>%1 weitere Seminare</translation>
    </message>
    <message>
        <source>inconsistent: %1</source>
        <translation>inkonsistent: %1</translation>
    </message>
    <message>
        <source>correct: %1, no deadlocks, every answer right</source>
        <translation>korrekt: %1, keine Deadlocks, jede Antwort richtig</translation>
    </message>
    <message>
        <source>1 deadlock</source>
        <translation>1 Deadlock</translation>
    </message>
    <message>
        <source>%1 deadlocks</source>
        <translation>%1 Deadlocks</translation>
    </message>
    <message>
        <source>all %1 reservations failed</source>
        <translation>alle %1 Reservierungen sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2 reservations failed</source>
        <translation>%1 von %2 Reservierungen sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>1 refusal while seats were free</source>
        <translation>1 Absage, obwohl Plätze frei waren</translation>
    </message>
    <message>
        <source>%1 refusals while seats were free</source>
        <translation>%1 Absagen, obwohl Plätze frei waren</translation>
    </message>
    <message>
        <source>1 booking not reported</source>
        <translation>1 Buchung nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 bookings not reported</source>
        <translation>%1 Buchungen nicht gemeldet</translation>
    </message>
    <message>
        <source>1 booking reported that the table does not hold</source>
        <translation>1 gemeldete Buchung, die nicht in der Tabelle steht</translation>
    </message>
    <message>
        <source>%1 bookings reported that the table does not hold</source>
        <translation>%1 gemeldete Buchungen, die nicht in der Tabelle stehen</translation>
    </message>
    <message>
        <source>consistent, but %1</source>
        <translation>konsistent, aber %1</translation>
    </message>
    <message>
        <source>the only reservation failed</source>
        <translation>die einzige Reservierung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>korrekt</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation>inkonsistent</translation>
    </message>
    <message>
        <source>not correct</source>
        <translation>nicht korrekt</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>nicht beurteilt</translation>
    </message>
    <message>
        <source>%1 of %2 reservations finished</source>
        <translation>%1 von %2 Reservierungen beendet</translation>
    </message>
    <message>
        <source>%1 reservations finished, %2 cut off</source>
        <translation>%1 Reservierungen beendet, %2 abgebrochen</translation>
    </message>
    <message>
        <source>stopped after %1 s: %2</source>
        <translation>angehalten nach %1 s: %2</translation>
    </message>
    <message>
        <source>time limit of %1 s reached: %2</source>
        <translation>Zeitgrenze von %1 s erreicht: %2</translation>
    </message>
    <message>
        <source>worker %1 kept its transaction open while others of the run waited for it</source>
        <translation>Worker %1 hielt seine Transaktion offen, während andere Worker des Durchlaufs auf ihn warteten</translation>
    </message>
    <message>
        <source>workers %1 kept their transactions open while others of the run waited for them</source>
        <translation>Worker %1 hielten ihre Transaktionen offen, während andere Worker des Durchlaufs auf sie warteten</translation>
    </message>
    <message>
        <source>not judged: %1; %2 waited for a session outside the run, not for the answer: %3</source>
        <translation>nicht bewertet: %1; %2 im Warten auf eine Sitzung außerhalb des Durchlaufs, nicht auf die Antwort: %3</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>workers %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>not judged: %1</source>
        <translation>nicht bewertet: %1</translation>
    </message>
    <message>
        <source>inconsistent: session %1 sold 1 seat it does not have</source>
        <translation>inkonsistent: Seminar %1 hat 1 Platz verkauft, den es nicht hat</translation>
    </message>
    <message>
        <source>inconsistent: session %1 sold %2 seats it does not have</source>
        <translation>inkonsistent: Seminar %1 hat %2 Plätze verkauft, die es nicht hat</translation>
    </message>
    <message>
        <source>1 of %1 reservations failed</source>
        <translation>1 von %1 Reservierungen ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>WaitGraph</name>
    <message>
        <source>worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>%1 waits for %2; blocked by %3</source>
        <translation>%1 wartet auf %2; blockiert von %3</translation>
    </message>
    <message>
        <source>%1 waited for %2, which held session %3&apos;s row</source>
        <translation>%1 wartete auf %2, der die Zeile von Seminar %3 hielt</translation>
    </message>
    <message>
        <source>%1 waited for %2</source>
        <translation>%1 wartete auf %2</translation>
    </message>
</context>
<context>
    <name>WriteSkew</name>
    <message>
        <source>Worker %1 (session %2) and worker %3 (session %4) each counted student %5&apos;s seats before the other committed, and both booked: student %5 holds %6 seats (limit %7)</source>
        <translation>Worker %1 (Seminar %2) und Worker %3 (Seminar %4) zählten beide die Plätze von Person %5, bevor die andere Buchung festgeschrieben war, und buchten beide: Person %5 belegt %6 Plätze (höchstens %7)</translation>
    </message>
    <message>
        <source>No student holds more than %1 seats: no write skew.</source>
        <translation>Keine Person belegt mehr als %1 Plätze: kein Write Skew.</translation>
    </message>
    <message>
        <source>%1 — without a write-skew pair: those bookings did not count the student&apos;s seats before the other committed.</source>
        <translation>%1 – ohne Write-Skew-Paar: Diese Buchungen zählten die Plätze der Person nicht, bevor die andere festgeschrieben war.</translation>
    </message>
    <message>
        <source>Write skew: %1 (pairs of bookings: %2)</source>
        <translation>Write Skew: %1 (Paare von Buchungen: %2)</translation>
    </message>
</context>
<context>
    <name>seatsim::ChildProcess</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>seatsim::ClassBoardView</name>
    <message>
        <source>Class board</source>
        <translation>Klassenübersicht</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>Latest run</source>
        <translation>Letzter Durchlauf</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Latest verdict</source>
        <translation>Letztes Urteil</translation>
    </message>
    <message>
        <source>Click a row to read the script that ran.</source>
        <translation>Eine Zeile anklicken, um das Skript zu lesen, das lief.</translation>
    </message>
    <message>
        <source>Run for the room</source>
        <translation>Für den Saal ausführen</translation>
    </message>
    <message>
        <source>Make this script the strategy of the main window, to run it in your own schema.</source>
        <translation>Dieses Skript zur Strategie des Hauptfensters machen, um es im eigenen Schema auszuführen.</translation>
    </message>
    <message>
        <source>SeatSim schemas on %1, as %2 may read them.</source>
        <translation>SeatSim-Schemas auf %1, so wie %2 sie lesen darf.</translation>
    </message>
    <message numerus="yes">
        <source>%n SeatSim schema(s), read at %1.</source>
        <translation>
            <numerusform>%n SeatSim-Schema, gelesen um %1.</numerusform>
            <numerusform>%n SeatSim-Schemas, gelesen um %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>no runs yet</source>
        <translation>noch keine Durchläufe</translation>
    </message>
    <message>
        <source>The script of %1 does not parse: %2</source>
        <translation>Das Skript von %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>The script of %1 (%2) is now the strategy of the main window.</source>
        <translation>Das Skript von %1 (%2) ist jetzt die Strategie des Hauptfensters.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Konnte %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>The answer of %1 does not load: %2</source>
        <translation>Die Lösung von %1 lässt sich nicht laden: %2</translation>
    </message>
    <message>
        <source>The answer of %1 (%2) is now the strategy of the main window.</source>
        <translation>Die Lösung von %1 (%2) ist jetzt die Strategie des Hauptfensters.</translation>
    </message>
</context>
<context>
    <name>seatsim::ComparisonTable</name>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Inconsistent
runs</source>
        <translation>Inkonsistente
Durchläufe</translation>
    </message>
    <message>
        <source>Dead-
locks</source>
        <translation>Dead-
locks</translation>
    </message>
    <message>
        <source>Failed
reservations</source>
        <translation>Fehl-
schläge</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wieder-
holungen</translation>
    </message>
    <message>
        <source>Mean
drift</source>
        <translation>Mittlere
Abweichung</translation>
    </message>
    <message>
        <source>Attempts
per s</source>
        <translation>Versuche
pro s</translation>
    </message>
    <message>
        <source>Runs that ended with free + occupied ≠ capacity</source>
        <translation>Durchläufe, die mit frei + belegt ≠ Kapazität endeten</translation>
    </message>
    <message>
        <source>Deadlocks (40P01) in all runs</source>
        <translation>Deadlocks (40P01) in allen Durchläufen</translation>
    </message>
    <message>
        <source>Reservations that ended in an error or gave up after the last try</source>
        <translation>Reservierungen, die mit einem Fehler endeten oder nach dem letzten Versuch aufgaben</translation>
    </message>
    <message>
        <source>Tries repeated after a deadlock or a serialization failure</source>
        <translation>Versuche, die nach einem Deadlock oder einem Serialisierungsfehler wiederholt wurden</translation>
    </message>
    <message>
        <source>Mean of free + occupied − capacity at the end of a run</source>
        <translation>Mittelwert von frei + belegt − Kapazität am Ende eines Durchlaufs</translation>
    </message>
</context>
<context>
    <name>seatsim::ComparisonView</name>
    <message>
        <source>Compare strategies</source>
        <translation>Strategien vergleichen</translation>
    </message>
    <message>
        <source>Runs of each strategy; run r of every strategy uses the same seed</source>
        <translation>Durchläufe je Strategie; Durchlauf r jeder Strategie verwendet denselben Seed</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>Vergleich starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Runs each:</source>
        <translation>Durchläufe je Strategie:</translation>
    </message>
    <message>
        <source>%1 workers × %2 reservations, think %3 ms, pause %4 ms, seeds from %5</source>
        <translation>%1 Worker × %2 Reservierungen, Denkzeit %3 ms, Pause %4 ms, Seeds ab %5</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n strategy(s), %1 run(s) each…</source>
        <translation>
            <numerusform>Vergleich von %n Strategie, Durchläufe je Strategie: %1…</numerusform>
            <numerusform>Vergleich von %n Strategien, Durchläufe je Strategie: %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>noch etwa %1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 of %2 — %3</source>
        <translation>Durchlauf %1 von %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n run(s).</source>
        <translation>
            <numerusform>Nach %n Durchlauf abgebrochen.</numerusform>
            <numerusform>Nach %n Durchläufen abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A run failed: %1</source>
        <translation>Ein Durchlauf ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) each, %1 workers × %2 reservations, think %3 ms</source>
        <translation>
            <numerusform>Je %n Durchlauf, %1 Worker × %2 Reservierungen, Denkzeit %3 ms</numerusform>
            <numerusform>Je %n Durchläufe, %1 Worker × %2 Reservierungen, Denkzeit %3 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exportieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Fast (exercise&apos;s load)</source>
        <translation>Schnell (Last der Übung)</translation>
    </message>
    <message>
        <source>Watchable (window&apos;s parameters)</source>
        <translation>Zum Zuschauen (Parameter des Fensters)</translation>
    </message>
    <message>
        <source>Save the table as CSV, the runs as JSON, or the table as PNG or SVG</source>
        <translation>Die Tabelle als CSV, die Durchläufe als JSON oder die Tabelle als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation>Tempo:</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n run(s) in %1 s.</source>
        <translation>
            <numerusform>Fertig: %n Durchlauf in %1 s.</numerusform>
            <numerusform>Fertig: %n Durchläufe in %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strategies: %1 of %2</source>
        <translation>Strategien: %1 von %2</translation>
    </message>
    <message>
        <source>Table as CSV (*.csv);;Runs and summary as JSON Lines (*.json *.jsonl);;Table as PNG (*.png);;Table as SVG (*.svg)</source>
        <translation>Tabelle als CSV (*.csv);;Durchläufe und Zusammenfassung als JSON Lines (*.json *.jsonl);;Tabelle als PNG (*.png);;Tabelle als SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>seatsim::ConnectionDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>The private server that SeatSim starts itself</source>
        <translation>Der private Server, den SeatSim selbst startet</translation>
    </message>
    <message>
        <source>Another PostgreSQL server:</source>
        <translation>Ein anderer PostgreSQL-Server:</translation>
    </message>
    <message>
        <source>localhost, an address or a socket directory</source>
        <translation>localhost, eine Adresse oder ein Socket-Verzeichnis</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>Standard (5432)</translation>
    </message>
    <message>
        <source>SeatSim creates its two tables in this schema and never touches anything outside it.</source>
        <translation>SeatSim legt seine beiden Tabellen in diesem Schema an und verändert nichts außerhalb davon.</translation>
    </message>
    <message>
        <source>URI or key=value:</source>
        <translation>URI oder key=value:</translation>
    </message>
    <message>
        <source>…or field by field (fields left empty take the URI&apos;s or libpq&apos;s defaults):</source>
        <translation>…oder Feld für Feld (leere Felder übernehmen die Vorgaben der URI oder von libpq):</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>The schema name may contain lower-case letters, digits and &apos;_&apos; only.</source>
        <translation>Der Schemaname darf nur Kleinbuchstaben, Ziffern und &apos;_&apos; enthalten.</translation>
    </message>
    <message>
        <source>Give a URI or at least a host, a database or a user.</source>
        <translation>Geben Sie eine URI oder mindestens einen Host, eine Datenbank oder einen Benutzer an.</translation>
    </message>
    <message>
        <source>Remember password (stored unencrypted in the settings)</source>
        <translation>Passwort speichern (unverschlüsselt in den Einstellungen abgelegt)</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Gespeicherte Server:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>(choose a saved server)</source>
        <translation>(gespeicherten Server wählen)</translation>
    </message>
</context>
<context>
    <name>seatsim::CounterTiles</name>
    <message>
        <source>drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>free + occupied − capacity: seats that appeared or vanished</source>
        <translation>frei + belegt − Kapazität: Plätze, die entstanden oder verschwunden sind</translation>
    </message>
    <message>
        <source>overbooked</source>
        <translation>überbucht</translation>
    </message>
    <message>
        <source>Sessions with more registrations than seats</source>
        <translation>Seminare mit mehr Anmeldungen als Plätzen</translation>
    </message>
    <message>
        <source>deadlocks</source>
        <translation>Deadlocks</translation>
    </message>
    <message>
        <source>Tries that PostgreSQL ended as a deadlock victim (SQLSTATE 40P01)</source>
        <translation>Versuche, die PostgreSQL als Deadlock-Opfer abgebrochen hat (SQLSTATE 40P01)</translation>
    </message>
    <message>
        <source>serialization</source>
        <translation>Serialisierung</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Tries after the first one of a reservation</source>
        <translation>Versuche einer Reservierung nach dem ersten</translation>
    </message>
    <message>
        <source>other errors</source>
        <translation>andere Fehler</translation>
    </message>
    <message>
        <source>Other SQL or script errors, and commits of unknown outcome</source>
        <translation>Andere SQL- oder Skriptfehler sowie COMMITs mit unbekanntem Ergebnis</translation>
    </message>
    <message>
        <source>lock waits</source>
        <translation>warten auf Sperre</translation>
    </message>
    <message>
        <source>attempts/s</source>
        <translation>Versuche/s</translation>
    </message>
    <message>
        <source>Reservation attempts per second</source>
        <translation>Reservierungsversuche pro Sekunde</translation>
    </message>
    <message>
        <source>Lock waits seen during the run: a worker that started to wait for another backend&apos;s lock, sampled about ten times a second</source>
        <translation>Sperrwartezeiten während des Laufs: ein Worker, der begann, auf die Sperre eines anderen Backends zu warten, etwa zehnmal pro Sekunde abgefragt</translation>
    </message>
    <message>
        <source>Serialization failures (SQLSTATE 40001), retried up to the max tries: how SERIALIZABLE works, not a fault</source>
        <translation>Serialisierungsfehler (SQLSTATE 40001), bis zur Höchstzahl an Versuchen wiederholt: So arbeitet SERIALIZABLE, kein Fehler</translation>
    </message>
</context>
<context>
    <name>seatsim::EventLogModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>time s</source>
        <translation>Zeit s</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>seats read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>SQLSTATE</source>
        <translation>SQLSTATE</translation>
    </message>
    <message>
        <source>SQLSTATE %1: %2</source>
        <translation>SQLSTATE %1: %2</translation>
    </message>
    <message>
        <source>DETAIL: %1</source>
        <translation>DETAIL: %1</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>seatsim::EventLogView</name>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Only errors and retries</source>
        <translation>Nur Fehler und Wiederholungen</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Alle Worker</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>(%1 shown, newest last)</source>
        <translation>(%1 angezeigt, neueste zuletzt)</translation>
    </message>
    <message>
        <source>(%1 of %2 shown, newest last)</source>
        <translation>(%1 von %2 angezeigt, neueste zuletzt)</translation>
    </message>
</context>
<context>
    <name>seatsim::ExerciseChoice</name>
    <message>
        <source>Exercise</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>The exercise changes the catalogue of strategies, the rule the judge checks and the charts</source>
        <translation>Die Aufgabe bestimmt den Katalog der Strategien, die Regel, die die Bewertung prüft, und die Diagramme</translation>
    </message>
    <message>
        <source>Seats: free + occupied = capacity</source>
        <translation>Plätze: frei + belegt = Kapazität</translation>
    </message>
    <message>
        <source>At most two seats per student</source>
        <translation>Höchstens zwei Plätze pro Person</translation>
    </message>
    <message>
        <source>Correct when free + occupied seats stay at the capacity in every session: the lost update breaks it.</source>
        <translation>Korrekt, wenn freie + belegte Plätze in jedem Seminar bei der Kapazität bleiben: Das Lost Update bricht diese Regel.</translation>
    </message>
    <message>
        <source>Correct when, beside free + occupied = capacity, no student holds more than %1 seats in all sessions together: the write skew breaks it.</source>
        <translation>Korrekt, wenn neben frei + belegt = Kapazität keine Person in allen Seminaren zusammen mehr als %1 Plätze belegt: Der Write Skew bricht diese Regel.</translation>
    </message>
</context>
<context>
    <name>seatsim::HelpDialog</name>
    <message>
        <source>SeatSim guide</source>
        <translation>SeatSim-Anleitung</translation>
    </message>
    <message>
        <source>SeatSim: concurrent seat reservations</source>
        <translation>SeatSim: gleichzeitige Platzreservierungen</translation>
    </message>
    <message>
        <source>The exercise</source>
        <translation>Die Übung</translation>
    </message>
    <message>
        <source>Eight seminar groups offer 40 seats (4, 4, 5, 5, 4, 10, 5 and 3). A reservation reads the free seats of a group, writes seats − 1 and registers the user. Several workers reserve at the same time, each on its own connection to a real PostgreSQL server.</source>
        <translation>Acht Seminare bieten 40 Plätze (4, 4, 5, 5, 4, 10, 5 und 3). Eine Reservierung liest die freien Plätze eines Seminars, schreibt Plätze − 1 und meldet den Benutzer an. Mehrere Worker reservieren gleichzeitig, jeder über eine eigene Verbindung zu einem echten PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>After every run SeatSim audits the tables: free + occupied must equal 40, and no group may have more registrations than seats. When two workers read the same number and both write it back minus one, one booking is lost (a lost update): the sum drifts away from 40 and groups are overbooked.</source>
        <translation>Nach jedem Durchlauf prüft SeatSim die Tabellen: frei + belegt muss 40 ergeben, und kein Seminar darf mehr Anmeldungen als Plätze haben. Wenn zwei Worker dieselbe Zahl lesen und beide sie um eins verringert zurückschreiben, geht eine Buchung verloren (ein Lost Update): Die Summe weicht von 40 ab, und Seminare sind überbucht.</translation>
    </message>
    <message>
        <source>In the lecture</source>
        <translation>In der Vorlesung</translation>
    </message>
    <message>
        <source>Pick a broken strategy (red button) and press Space: watch free + occupied leave the capacity line and the banner turn red.</source>
        <translation>Wählen Sie eine fehlerhafte Strategie (rote Schaltfläche) und drücken Sie die Leertaste: Beobachten Sie, wie frei + belegt die Kapazitätslinie verlässt und das Banner rot wird.</translation>
    </message>
    <message>
        <source>Pick a transactional strategy (green button) and press Space again: the sum holds at 40. Deadlocks, serialization failures and retries show what safety costs.</source>
        <translation>Wählen Sie eine transaktionale Strategie (grüne Schaltfläche) und drücken Sie erneut die Leertaste: Die Summe bleibt bei 40. Deadlocks, Serialisierungsfehler und Wiederholungen zeigen, was die Sicherheit kostet.</translation>
    </message>
    <message>
        <source>Think time widens the race window between reading and writing; more workers make collisions more likely. The same seed repeats the same users and groups.</source>
        <translation>Die Denkzeit vergrößert das Zeitfenster für die Race Condition zwischen Lesen und Schreiben; mehr Worker machen Kollisionen wahrscheinlicher. Derselbe Seed wiederholt dieselben Benutzer und Seminare.</translation>
    </message>
    <message>
        <source>F11 switches to projector mode: full screen, large type, thick lines.</source>
        <translation>F11 schaltet in den Beamer-Modus: Vollbild, große Schrift, dicke Linien.</translation>
    </message>
    <message>
        <source>Compare strategies… runs several strategies a few times each with the same seeds and shows how often each one broke the database: the slide for the end.</source>
        <translation>„Strategien vergleichen…“ führt mehrere Strategien je einige Male mit denselben Seeds aus und zeigt, wie oft jede die Datenbank inkonsistent gemacht hat: die Folie für den Schluss.</translation>
    </message>
    <message>
        <source>New strategy… opens an editor with the naive script: write your own reserve_seat, save it, and it joins the selector. Open strategy file… runs a file a student hands in.</source>
        <translation>„Neue Strategie…“ öffnet einen Editor mit dem naiven Skript: Schreiben Sie Ihr eigenes reserve_seat, speichern Sie es, und es erscheint in der Auswahl. „Strategiedatei öffnen…“ führt eine Datei aus, die Studierende abgeben.</translation>
    </message>
    <message>
        <source>Strategy scripts</source>
        <translation>Strategieskripte</translation>
    </message>
    <message>
        <source>The strategies</source>
        <translation>Die Strategien</translation>
    </message>
    <message>
        <source>✗ broken</source>
        <translation>✗ fehlerhaft</translation>
    </message>
    <message>
        <source>✓ safe</source>
        <translation>✓ sicher</translation>
    </message>
    <message>
        <source>own script</source>
        <translation>eigenes Skript</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SeatSim %1&lt;/h2&gt;&lt;p&gt;Concurrent seat reservations on a real PostgreSQL server, for the lecture hall.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;SeatSim %1&lt;/h2&gt;&lt;p&gt;Gleichzeitige Platzreservierungen auf einem echten PostgreSQL-Server, für den Hörsaal.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt %1 (built with %2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt %1 (erstellt mit %2)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;PostgreSQL %1 — %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;PostgreSQL %1 — %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not connected to a PostgreSQL server.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nicht mit einem PostgreSQL-Server verbunden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A strategy is a script in pgbench&apos;s language: SQL ending in &apos;;&apos;, \set, \gset, \if/\elif/\else/\endif and \sleep, with :variables. A script is the body of the exercise&apos;s reserve_seat(conn, user_id, session_id): before every reservation SeatSim draws :user_id and :session_id (and :session2_id for a second session) and also sets :sessions and :think_ms; the script sets :reserved to the seats it booked (unset or 0 means False). A try that fails with a deadlock (40P01) or a serialization failure (40001) is rolled back and repeated, up to Max tries.</source>
        <translation>Eine Strategie ist ein Skript in der Sprache von pgbench: SQL mit &apos;;&apos; am Ende, \set, \gset, \if/\elif/\else/\endif und \sleep, mit :Variablen. Ein Skript ist der Rumpf von reserve_seat(conn, user_id, session_id) aus der Aufgabe: Vor jeder Reservierung zieht SeatSim :user_id und :session_id (und :session2_id für ein zweites Seminar) und setzt außerdem :sessions und :think_ms; das Skript setzt :reserved auf die Zahl der gebuchten Plätze (nicht gesetzt oder 0 heißt False). Ein Versuch, der mit einem Deadlock (40P01) oder einem Serialisierungsfehler (40001) scheitert, wird zurückgerollt und wiederholt, bis „Max. Versuche“ erreicht ist.</translation>
    </message>
</context>
<context>
    <name>seatsim::LoadTest</name>
    <message>
        <source>Could not reset the tables: %1</source>
        <translation>Die Tabellen konnten nicht zurückgesetzt werden: %1</translation>
    </message>
    <message>
        <source>Could not audit the result: %1</source>
        <translation>Das Ergebnis konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The run was stopped before it began.</source>
        <translation>Der Durchlauf wurde gestoppt, bevor er begann.</translation>
    </message>
    <message>
        <source>The connection to the server was lost during the run (%1). Nothing was audited; the next run starts afresh.</source>
        <translation>Die Verbindung zum Server ist während des Durchlaufs verloren gegangen (%1). Es wurde nichts geprüft; der nächste Durchlauf beginnt von vorn.</translation>
    </message>
    <message>
        <source>Could not take the run lock of schema “%1”: %2</source>
        <translation>Die Laufsperre des Schemas „%1“ ließ sich nicht setzen: %2</translation>
    </message>
    <message>
        <source>Another SeatSim was running in schema “%1” on this server; this run waited for it to finish.</source>
        <translation>Ein anderes SeatSim lief im Schema „%1“ auf diesem Server; dieser Lauf hat auf sein Ende gewartet.</translation>
    </message>
    <message>
        <source>The run was not written to the run history: %1</source>
        <translation>Der Durchlauf wurde nicht in die run_history geschrieben: %1</translation>
    </message>
    <message>
        <source>The registrations could not be read, so the answers were not checked: %1</source>
        <translation>Die Anmeldungen ließen sich nicht lesen, daher wurden die Antworten nicht geprüft: %1</translation>
    </message>
</context>
<context>
    <name>seatsim::LockGraphView</name>
    <message>
        <source>worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>another session</source>
        <translation>eine andere Sitzung</translation>
    </message>
    <message>
        <source>Who waits for whom (sampled from pg_locks)</source>
        <translation>Wer wartet auf wen (Stichproben aus pg_locks)</translation>
    </message>
    <message>
        <source>No worker was seen waiting for a lock in this run.</source>
        <translation>In diesem Durchlauf wurde kein Worker beim Warten auf eine Sperre beobachtet.</translation>
    </message>
    <message>
        <source>Cycle: %1 — each waits for the next, none can go on. The server will cancel one of them (40P01).</source>
        <translation>Zyklus: %1 — jeder wartet auf den nächsten, keiner kann weiter. Der Server bricht einen von ihnen ab (40P01).</translation>
    </message>
    <message>
        <source>No worker waits for a lock right now.</source>
        <translation>Gerade wartet kein Worker auf eine Sperre.</translation>
    </message>
    <message>
        <source>%1 waits for %2</source>
        <translation>%1 wartet auf %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message numerus="yes">
        <source>The latest of %n deadlocks, as the server reported it (40P01)</source>
        <translation>
            <numerusform>Der letzte von %n Deadlocks, wie der Server ihn gemeldet hat (40P01)</numerusform>
            <numerusform>Der letzte von %n Deadlocks, wie der Server ihn gemeldet hat (40P01)</numerusform>
        </translation>
    </message>
    <message>
        <source>The deadlock, as the server reported it (40P01)</source>
        <translation>Der Deadlock, wie der Server ihn gemeldet hat (40P01)</translation>
    </message>
    <message>
        <source>Grey: waited at some time in the run (×n samples), not at once: no cycle.</source>
        <translation>Grau: wartete irgendwann im Lauf (×n Stichproben), nicht gleichzeitig: kein Zyklus.</translation>
    </message>
    <message>
        <source>No worker waits right now; grey: waited earlier in the run.</source>
        <translation>Gerade wartet kein Worker; grau: wartete früher im Lauf.</translation>
    </message>
    <message>
        <source>process %1 = worker %2</source>
        <translation>Prozess %1 = Worker %2</translation>
    </message>
    <message>
        <source>The server&apos;s words (%1):</source>
        <translation>Die Worte des Servers (%1):</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>Outside this run: %1</source>
        <translation>Außerhalb dieses Durchlaufs: %1</translation>
    </message>
</context>
<context>
    <name>seatsim::LostUpdatesView</name>
    <message>
        <source>After a run, every pair of attempts that read the same number of free seats and both wrote shows up here: one of their updates was lost.</source>
        <translation>Nach einem Durchlauf erscheint hier jedes Paar von Versuchen, die dieselbe Anzahl freier Plätze gelesen und beide geschrieben haben: Eine ihrer Aktualisierungen ging verloren.</translation>
    </message>
    <message>
        <source>The run is going: the lost updates are counted when it ends.</source>
        <translation>Der Durchlauf läuft: Die Lost Updates werden gezählt, wenn er endet.</translation>
    </message>
    <message>
        <source>Attempts %1 — click to see them in the timeline</source>
        <translation>Versuche %1 — klicken, um sie in der Zeitleiste zu sehen</translation>
    </message>
    <message>
        <source>Per session: does the number of lost updates explain the drift that the audit measured?</source>
        <translation>Pro Seminar: Erklärt die Zahl der Lost Updates die Abweichung, die die Prüfung gemessen hat?</translation>
    </message>
    <message>
        <source>Attempts no longer in memory, not analysed: %1</source>
        <translation>Versuche, die nicht mehr im Speicher sind und nicht analysiert wurden: %1</translation>
    </message>
    <message>
        <source>The table is inconsistent without a lost update: %1</source>
        <translation>Die Tabelle ist ohne Lost Update inkonsistent: %1</translation>
    </message>
    <message>
        <source>The run is still not correct, for another reason: %1</source>
        <translation>Der Durchlauf ist trotzdem nicht korrekt, aus einem anderen Grund: %1</translation>
    </message>
</context>
<context>
    <name>seatsim::MainWindow</name>
    <message>
        <source>SeatSim — concurrent seat reservations</source>
        <translation>SeatSim — gleichzeitige Platzreservierungen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Reset the tables and run the load test (Space)</source>
        <translation>Tabellen zurücksetzen und den Lasttest ausführen (Leertaste)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the run (Space)</source>
        <translation>Den Durchlauf stoppen (Leertaste)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Recreate the tables with all 40 seats free (Ctrl+R)</source>
        <translation>Die Tabellen neu anlegen, alle 40 Plätze frei (Strg+R)</translation>
    </message>
    <message>
        <source>Start or stop</source>
        <translation>Starten oder stoppen</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Beamer-Modus</translation>
    </message>
    <message>
        <source>Full screen, large type and thick lines for the lecture hall (F11)</source>
        <translation>Vollbild, große Schrift und dicke Linien für den Hörsaal (F11)</translation>
    </message>
    <message>
        <source>Server…</source>
        <translation>Server…</translation>
    </message>
    <message>
        <source>Connect to another PostgreSQL server, or back to the private one</source>
        <translation>Mit einem anderen PostgreSQL-Server verbinden oder zurück zum privaten</translation>
    </message>
    <message>
        <source>Open strategy file…</source>
        <translation>Strategiedatei öffnen…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <source>Starting the private PostgreSQL server…</source>
        <translation>Der private PostgreSQL-Server wird gestartet…</translation>
    </message>
    <message>
        <source>Connecting to the PostgreSQL server…</source>
        <translation>Verbindung zum PostgreSQL-Server wird hergestellt…</translation>
    </message>
    <message>
        <source>Server not available: %1</source>
        <translation>Server nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Ready — press Space or Start to run %1</source>
        <translation>Bereit — Leertaste oder „Starten“ drücken, um %1 auszuführen</translation>
    </message>
    <message>
        <source>✗ The server is not available</source>
        <translation>✗ Der Server ist nicht verfügbar</translation>
    </message>
    <message>
        <source>%1
Use “Server…” to retry or to connect to another server.</source>
        <translation>%1
Über „Server…“ können Sie es erneut versuchen oder sich mit einem anderen Server verbinden.</translation>
    </message>
    <message>
        <source>Start becomes available once the server is ready.</source>
        <translation>„Starten“ ist verfügbar, sobald der Server bereit ist.</translation>
    </message>
    <message>
        <source>A run is going: stop it first (Space)</source>
        <translation>Ein Durchlauf läuft: Stoppen Sie ihn zuerst (Leertaste)</translation>
    </message>
    <message>
        <source>Start is unavailable: the server is not available</source>
        <translation>„Starten“ nicht möglich: Der Server ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Start is unavailable until the server is ready</source>
        <translation>„Starten“ ist erst möglich, wenn der Server bereit ist</translation>
    </message>
    <message>
        <source>Pick a strategy first</source>
        <translation>Wählen Sie zuerst eine Strategie</translation>
    </message>
    <message>
        <source>Start is unavailable until the server is ready.</source>
        <translation>„Starten“ ist erst möglich, wenn der Server bereit ist.</translation>
    </message>
    <message>
        <source>run a load test</source>
        <translation>einen Lasttest auszuführen</translation>
    </message>
    <message>
        <source>▶ Starting %1…</source>
        <translation>▶ %1 wird gestartet…</translation>
    </message>
    <message>
        <source>Resetting the tables to %1 free seats</source>
        <translation>Tabellen werden auf %1 freie Plätze zurückgesetzt</translation>
    </message>
    <message>
        <source>✗ The run could not start</source>
        <translation>✗ Der Durchlauf konnte nicht starten</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Durchlauf %1: %2</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>reset the tables</source>
        <translation>die Tabellen zurückzusetzen</translation>
    </message>
    <message>
        <source>Resetting the tables…</source>
        <translation>Tabellen werden zurückgesetzt…</translation>
    </message>
    <message>
        <source>✗ The tables could not be reset</source>
        <translation>✗ Die Tabellen konnten nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <source>The script has an error</source>
        <translation>Das Skript enthält einen Fehler</translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation>Nicht geladen: %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>The SQL that runs — %1</source>
        <translation>Das SQL, das ausgeführt wird — %1</translation>
    </message>
    <message>
        <source>Tables reset — %1</source>
        <translation>Tabellen zurückgesetzt — %1</translation>
    </message>
    <message>
        <source>Press Space or Start to run %1</source>
        <translation>Leertaste oder „Starten“ drücken, um %1 auszuführen</translation>
    </message>
    <message>
        <source>Reset failed</source>
        <translation>Zurücksetzen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Script error: %1</source>
        <translation>Skriptfehler: %1</translation>
    </message>
    <message>
        <source>Run %1 finished in %2 s</source>
        <translation>Durchlauf %1 nach %2 s beendet</translation>
    </message>
    <message>
        <source>Run %1 ended: %2</source>
        <translation>Durchlauf %1 beendet: %2</translation>
    </message>
    <message>
        <source>The run did not finish</source>
        <translation>Der Durchlauf wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>no strategy</source>
        <translation>keine Strategie</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Waiting for another SeatSim run…</source>
        <translation>Warte auf einen anderen SeatSim-Lauf …</translation>
    </message>
    <message>
        <source>Another window or program runs in schema “%1” on this server. This run starts when that one ends.</source>
        <translation>Ein anderes Fenster oder Programm läuft im Schema „%1“ auf diesem Server. Dieser Lauf beginnt, sobald jener endet.</translation>
    </message>
    <message>
        <source>Why? (log, timeline, locks)</source>
        <translation>Warum? (Protokoll, Zeitleiste, Sperren)</translation>
    </message>
    <message>
        <source>Show or hide the event log, timeline, lost updates and locks (W)</source>
        <translation>Ereignisprotokoll, Zeitleiste, Lost Updates und Sperren zeigen oder ausblenden (W)</translation>
    </message>
    <message>
        <source>W hides the why-views · F11 ends projector</source>
        <translation>W blendet das Warum aus · F11 beendet den Beamer-Modus</translation>
    </message>
    <message>
        <source>W shows why: log, timeline, locks · F11 ends projector</source>
        <translation>W zeigt das Warum · F11 beendet den Beamer-Modus</translation>
    </message>
    <message>
        <source>F11 projector</source>
        <translation>F11 Beamer-Modus</translation>
    </message>
    <message>
        <source>Server ready: the private server, schema %1</source>
        <translation>Server bereit: der private Server, Schema %1</translation>
    </message>
    <message>
        <source>Server ready: schema %1 on another server</source>
        <translation>Server bereit: Schema %1 auf einem anderen Server</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Open a strategy script or a Python answer</source>
        <translation>Strategieskript oder Python-Antwort öffnen</translation>
    </message>
    <message>
        <source>Strategy scripts (*.sql);;Python answers (*.py *.ipynb);;All files (*)</source>
        <translation>Strategieskripte (*.sql);;Python-Antworten (*.py *.ipynb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The Python that runs — %1</source>
        <translation>Der Python-Code, der ausgeführt wird — %1</translation>
    </message>
</context>
<context>
    <name>seatsim::ParameterPanel</name>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Workers, each with its own connection</source>
        <translation>Worker, jeder mit eigener Verbindung</translation>
    </message>
    <message>
        <source>Reservations each worker tries</source>
        <translation>Reservierungen, die jeder Worker versucht</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Pause between reading and writing the seats: the race window</source>
        <translation>Pause zwischen Lesen und Schreiben der Plätze: das Zeitfenster für die Race Condition</translation>
    </message>
    <message>
        <source>Pause between two reservations of a worker: the tempo</source>
        <translation>Pause zwischen zwei Reservierungen eines Workers: das Tempo</translation>
    </message>
    <message>
        <source>Seed of the random users and sessions</source>
        <translation>Seed der zufälligen Benutzer und Seminare</translation>
    </message>
    <message>
        <source>Tries of one reservation after a deadlock or serialization failure, as pgbench --max-tries</source>
        <translation>Versuche einer Reservierung nach einem Deadlock oder Serialisierungsfehler, wie pgbench --max-tries</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Reservations each</source>
        <translation>Reservierungen</translation>
    </message>
    <message>
        <source>Think time</source>
        <translation>Denkzeit</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Max tries</source>
        <translation>Max. Versuche</translation>
    </message>
    <message>
        <source>%1 workers × %2 reservations, think %3 ms, pause %4 ms</source>
        <translation>%1 Worker × %2 Reservierungen, Denkzeit %3 ms, Pause %4 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n reservation(s) in all, about %1 s per run</source>
        <translation>
            <numerusform>%n Reservierung, etwa %1 s pro Durchlauf</numerusform>
            <numerusform>%n Reservierungen, etwa %1 s pro Durchlauf</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the window&apos;s defaults and the strategy&apos;s demonstration load</source>
        <translation>Zurück zu den Voreinstellungen des Fensters und der Demonstrationslast der Strategie</translation>
    </message>
    <message>
        <source>%1: this strategy&apos;s demonstration load</source>
        <translation>%1: Demolast der Strategie</translation>
    </message>
    <message>
        <source>Keep my load at the next launch</source>
        <translation>Meine Last beim nächsten Start behalten</translation>
    </message>
    <message>
        <source>Your own load, kept at the next launch</source>
        <translation>Ihre eigene Last, beim nächsten Start behalten</translation>
    </message>
    <message>
        <source>Ticked, the next launch keeps this load; unticked, it starts from each strategy&apos;s demonstration load</source>
        <translation>Mit Haken behält der nächste Start diese Last; ohne Haken beginnt er mit der Demolast jeder Strategie</translation>
    </message>
</context>
<context>
    <name>seatsim::RaceViews</name>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Lost updates</source>
        <translation>Lost Updates</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Write skew</source>
        <translation>Write Skew</translation>
    </message>
</context>
<context>
    <name>seatsim::SeatsChart</name>
    <message>
        <source>Seats over time</source>
        <translation>Plätze im Zeitverlauf</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>free + occupied</source>
        <translation>frei + belegt</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>Plätze</translation>
    </message>
</context>
<context>
    <name>seatsim::ServerChoice</name>
    <message>
        <source>Work on this server?</source>
        <translation>Auf diesem Server arbeiten?</translation>
    </message>
    <message>
        <source>To %1, SeatSim drops and recreates the tables seminar_sessions and seminar_registrations on

server:	%2
database:	%3
schema:	%4

Nothing outside the schema %4 is changed.</source>
        <translation>Um %1, löscht SeatSim die Tabellen seminar_sessions und seminar_registrations und legt sie neu an auf

Server:	%2
Datenbank:	%3
Schema:	%4

Außerhalb des Schemas %4 wird nichts verändert.</translation>
    </message>
    <message>
        <source>(libpq default)</source>
        <translation>(libpq-Standard)</translation>
    </message>
    <message>
        <source>Reset and continue</source>
        <translation>Zurücksetzen und fortfahren</translation>
    </message>
    <message>
        <source>Don&apos;t ask again for this server and schema</source>
        <translation>Für diesen Server und dieses Schema nicht mehr fragen</translation>
    </message>
</context>
<context>
    <name>seatsim::SessionChart</name>
    <message>
        <source>Seats per session</source>
        <translation>Plätze pro Seminar</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>overbooked</source>
        <translation>überbucht</translation>
    </message>
    <message>
        <source>session (capacity)</source>
        <translation>Seminar (Kapazität)</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>≠ capacity</source>
        <translation>≠ Kapazität</translation>
    </message>
</context>
<context>
    <name>seatsim::StepModeView</name>
    <message>
        <source>SeatSim — step by step</source>
        <translation>SeatSim — Schrittmodus</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Reset the tables and start the workers, each held before its first statement</source>
        <translation>Tabellen zurücksetzen und die Worker starten, jeder vor seiner ersten Anweisung angehalten</translation>
    </message>
    <message>
        <source>Preset: lost update</source>
        <translation>Beispiel: Lost Update</translation>
    </message>
    <message>
        <source>naive, 2 workers: both read, then both write</source>
        <translation>naive, 2 Worker: beide lesen, dann schreiben beide</translation>
    </message>
    <message>
        <source>Preset: deadlock</source>
        <translation>Beispiel: Deadlock</translation>
    </message>
    <message>
        <source>for-share, 2 workers: both lock, then each wants the other&apos;s lock</source>
        <translation>for-share, 2 Worker: beide sperren, dann will jeder die Sperre des anderen</translation>
    </message>
    <message>
        <source>Next (F5)</source>
        <translation>Weiter (F5)</translation>
    </message>
    <message>
        <source>The next statement of the preset&apos;s interleaving</source>
        <translation>Die nächste Anweisung in der Abfolge des Beispiels</translation>
    </message>
    <message>
        <source>Play to the end</source>
        <translation>Bis zum Ende abspielen</translation>
    </message>
    <message>
        <source>The rest of the preset, or every worker to its end</source>
        <translation>Den Rest des Beispiels oder jeden Worker bis zu seinem Ende</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Strategie:</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>Worker:</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>Step ▶  (F%1)</source>
        <translation>Schritt ▶  (F%1)</translation>
    </message>
    <message>
        <source>Let worker %1 run its next statement</source>
        <translation>Worker %1 seine nächste Anweisung ausführen lassen</translation>
    </message>
    <message>
        <source>Pick a strategy and start, or replay a preset. Each worker waits before every statement until you press its Step button.</source>
        <translation>Wählen Sie eine Strategie und starten Sie, oder spielen Sie ein Beispiel ab. Jeder Worker wartet vor jeder Anweisung, bis Sie seine Schaltfläche „Schritt“ drücken.</translation>
    </message>
    <message>
        <source>Resetting the tables…</source>
        <translation>Tabellen werden zurückgesetzt…</translation>
    </message>
    <message>
        <source>The session could not start: %1</source>
        <translation>Der Schrittmodus konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>%1 with %2 workers on one session of 5 seats. Step the workers in any order (F1–F4).</source>
        <translation>%1 mit %2 Workern auf einem Seminar mit 5 Plätzen. Führen Sie die Worker in beliebiger Reihenfolge schrittweise aus (F1–F4).</translation>
    </message>
    <message>
        <source>lost update</source>
        <translation>Lost Update</translation>
    </message>
    <message>
        <source>deadlock</source>
        <translation>Deadlock</translation>
    </message>
    <message>
        <source>Lost update (naive): worker 1 reads, worker 2 reads the same seats, then both write. Press Next (F5) for each statement.</source>
        <translation>Lost Update (naive): Worker 1 liest, Worker 2 liest dieselben Plätze, dann schreiben beide. Drücken Sie für jede Anweisung „Weiter“ (F5).</translation>
    </message>
    <message>
        <source>Deadlock (for-share): both take a share lock on the session, then each UPDATE waits for the other&apos;s lock. Press Next (F5) for each statement.</source>
        <translation>Deadlock (for-share): Beide setzen eine gemeinsame Sperre (FOR SHARE) auf das Seminar, dann wartet jedes UPDATE auf die Sperre des anderen. Drücken Sie für jede Anweisung „Weiter“ (F5).</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>▶ running</source>
        <translation>▶ läuft</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>another session</source>
        <translation>eine andere Sitzung</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ deadlock victim (40P01): rolled back</source>
        <translation>✗ Deadlock-Opfer (40P01): zurückgerollt</translation>
    </message>
    <message>
        <source>✓ finished: reserved a seat</source>
        <translation>✓ beendet: Platz reserviert</translation>
    </message>
    <message>
        <source>finished: %1</source>
        <translation>beendet: %1</translation>
    </message>
    <message>
        <source>✗ finished: %1 (%2)</source>
        <translation>✗ beendet: %1 (%2)</translation>
    </message>
    <message>
        <source>Deadlock: %1. The server rolled back worker %2 (40P01) so that the other could go on.</source>
        <translation>Deadlock: %1. Der Server hat Worker %2 zurückgerollt (40P01), damit der andere weiterarbeiten konnte.</translation>
    </message>
    <message>
        <source>a cycle of waits</source>
        <translation>ein Zyklus aus Wartebeziehungen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>The session ended: %1</source>
        <translation>Der Schrittmodus wurde beendet: %1</translation>
    </message>
    <message>
        <source>HELD before the statement below</source>
        <translation>ANGEHALTEN vor der Anweisung unten</translation>
    </message>
    <message>
        <source>WAITING for a lock</source>
        <translation>WARTET auf eine Sperre</translation>
    </message>
    <message>
        <source>WAITING for a lock of %1</source>
        <translation>WARTET auf eine Sperre (Inhaber: %1)</translation>
    </message>
    <message>
        <source>statements run: %1 · attempts done: %2</source>
        <translation>ausgeführte Anweisungen: %1 · abgeschlossene Versuche: %2</translation>
    </message>
    <message>
        <source>Updates lost: %1</source>
        <translation>Verlorene Updates: %1</translation>
    </message>
    <message>
        <source>The verdict follows once every worker&apos;s last statement has ended.</source>
        <translation>Das Urteil folgt, sobald die letzte Anweisung jedes Workers beendet ist.</translation>
    </message>
    <message>
        <source>Seats in the table: could not be read: %1</source>
        <translation>Plätze in der Tabelle: konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>session %1: seats = %2 (after each step: %3)</source>
        <translation>Seminar %1: seats = %2 (nach jedem Schritt: %3)</translation>
    </message>
    <message>
        <source>before the first step</source>
        <translation>vor dem ersten Schritt</translation>
    </message>
    <message>
        <source>after step %1, worker %2: %3</source>
        <translation>nach Schritt %1, Worker %2: %3</translation>
    </message>
    <message>
        <source>Seats in the table: %1 — %2</source>
        <translation>Plätze in der Tabelle: %1 — %2</translation>
    </message>
    <message>
        <source>Finished: the verdict below was taken after every worker&apos;s last statement.</source>
        <translation>Fertig: das Urteil unten entstand nach der letzten Anweisung jedes Workers.</translation>
    </message>
    <message>
        <source>Start a strategy or a preset; each worker waits before every statement.</source>
        <translation>Eine Strategie oder eine Vorlage starten; jeder Worker wartet vor jeder Anweisung.</translation>
    </message>
    <message>
        <source>Playing the rest of the preset…</source>
        <translation>Der Rest der Vorlage läuft…</translation>
    </message>
    <message>
        <source>Starting the workers…</source>
        <translation>Die Worker starten…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>No worker is held: each waits for a lock.</source>
        <translation>Kein Worker wird angehalten: jeder wartet auf eine Sperre.</translation>
    </message>
    <message>
        <source>Next: worker %1 waits for a lock; it goes on once the lock is free.</source>
        <translation>Als Nächstes: Worker %1 wartet auf eine Sperre; er macht weiter, sobald sie frei ist.</translation>
    </message>
    <message>
        <source>Next: worker %1 is not held yet…</source>
        <translation>Als Nächstes: Worker %1 ist noch nicht angehalten…</translation>
    </message>
    <message>
        <source>Next (F5): worker %1 runs %2</source>
        <translation>Weiter (F5): Worker %1 führt %2 aus</translation>
    </message>
    <message>
        <source> — or step any held worker with F1–F%1</source>
        <translation> — oder einen angehaltenen Worker mit F1–F%1 weiterschalten</translation>
    </message>
    <message>
        <source>▶ next: %1</source>
        <translation>▶ als Nächstes: %1</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>läuft: %1</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>wartet: %1</translation>
    </message>
    <message>
        <source>at the end, after every worker&apos;s last statement</source>
        <translation>am Ende, nach der letzten Anweisung jedes Workers</translation>
    </message>
    <message>
        <source>Preset: write skew</source>
        <translation>Beispiel: Write Skew</translation>
    </message>
    <message>
        <source>two-seats, 2 workers: both count student 7&apos;s seat, then both book</source>
        <translation>two-seats, 2 Worker: Beide zählen den Platz von Person 7, dann buchen beide</translation>
    </message>
    <message>
        <source>in REPEATABLE READ: both commit</source>
        <translation>in REPEATABLE READ: beide schreiben fest</translation>
    </message>
    <message>
        <source>in SERIALIZABLE: one gets 40001</source>
        <translation>in SERIALIZABLE: einer erhält 40001</translation>
    </message>
    <message>
        <source>write skew</source>
        <translation>Write Skew</translation>
    </message>
    <message>
        <source>Press Next (F5) for each statement.</source>
        <translation>Drücken Sie „Weiter“ (F5) für jede Anweisung.</translation>
    </message>
</context>
<context>
    <name>seatsim::StepSession</name>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Worker %1 could not connect: %2</source>
        <translation>Worker %1 konnte keine Verbindung herstellen: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>ROLLBACK: SeatSim ended the failed transaction</source>
        <translation>ROLLBACK: SeatSim hat die gescheiterte Transaktion beendet</translation>
    </message>
    <message>
        <source>trying again</source>
        <translation>neuer Versuch</translation>
    </message>
    <message>
        <source>attempt %1: %2</source>
        <translation>Versuch %1: %2</translation>
    </message>
    <message>
        <source>the final audit failed: %1</source>
        <translation>die abschließende Prüfung schlug fehl: %1</translation>
    </message>
</context>
<context>
    <name>seatsim::StrategyEditor</name>
    <message>
        <source>New strategy</source>
        <translation>Neue Strategie</translation>
    </message>
    <message>
        <source>Save and add to the selector</source>
        <translation>Speichern und zur Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>Gespeichert als:</translation>
    </message>
    <message>
        <source>My strategy</source>
        <translation>Meine Strategie</translation>
    </message>
    <message>
        <source>✓ The script parses.</source>
        <translation>✓ Das Skript ist syntaktisch korrekt.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Give the strategy a name.</source>
        <translation>Geben Sie der Strategie einen Namen.</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>%1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>✓ Saved as %1</source>
        <translation>✓ Gespeichert als %1</translation>
    </message>
    <message>
        <source>The file name and id: letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>Dateiname und id: Buchstaben, Ziffern, „-“ und „_“</translation>
    </message>
    <message>
        <source>Unsaved strategy</source>
        <translation>Strategie nicht gespeichert</translation>
    </message>
    <message>
        <source>The script has changes that are not saved. Save them?</source>
        <translation>Das Skript hat Änderungen, die nicht gespeichert sind. Speichern?</translation>
    </message>
</context>
<context>
    <name>seatsim::StrategyPanel</name>
    <message>
        <source>Open a strategy script from a file (Ctrl+O)</source>
        <translation>Ein Strategieskript aus einer Datei öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>✗ Broken</source>
        <translation>✗ Fehlerhaft</translation>
    </message>
    <message>
        <source>✓ Transactional / safe</source>
        <translation>✓ Transaktional / sicher</translation>
    </message>
    <message>
        <source>Other scripts</source>
        <translation>Weitere Skripte</translation>
    </message>
    <message>
        <source>✗  Broken</source>
        <translation>✗  Fehlerhaft</translation>
    </message>
    <message>
        <source>✓  Transactional</source>
        <translation>✓  Transaktional</translation>
    </message>
    <message>
        <source>No strategy</source>
        <translation>Keine Strategie</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (Taste %2)</translation>
    </message>
</context>
<context>
    <name>seatsim::StudentChart</name>
    <message>
        <source>Seats per student</source>
        <translation>Plätze pro Person</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>über der Grenze</translation>
    </message>
    <message>
        <source>student (user_id)</source>
        <translation>Person (user_id)</translation>
    </message>
    <message>
        <source>seats (limit %1)</source>
        <translation>Plätze (höchstens %1)</translation>
    </message>
    <message>
        <source>✗ over %1: %2</source>
        <translation>✗ über %1: %2</translation>
    </message>
</context>
<context>
    <name>seatsim::TimelinePanel</name>
    <message>
        <source>Whole run</source>
        <translation>Ganzer Durchlauf</translation>
    </message>
    <message>
        <source>Show the whole run again (Home, or a double click)</source>
        <translation>Wieder den ganzen Durchlauf zeigen (Pos1 oder Doppelklick)</translation>
    </message>
    <message>
        <source>Click an attempt to see its statements, the values it read and wrote, its lock waits and its SQLSTATE.</source>
        <translation>Klicken Sie auf einen Versuch, um seine Anweisungen, die gelesenen und geschriebenen Werte, sein Warten auf Sperren und seinen SQLSTATE zu sehen.</translation>
    </message>
    <message>
        <source>deadlock victim</source>
        <translation>Deadlock-Opfer</translation>
    </message>
    <message>
        <source>Worker %1 · attempt %2</source>
        <translation>Worker %1 · Versuch %2</translation>
    </message>
    <message>
        <source>read %1 free seats</source>
        <translation>%1 freie Plätze gelesen</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>another session</source>
        <translation>eine andere Sitzung</translation>
    </message>
    <message>
        <source>waited for a lock held by %1</source>
        <translation>wartete auf eine Sperre (Inhaber: %1)</translation>
    </message>
    <message>
        <source>The server&apos;s DETAIL:</source>
        <translation>DETAIL des Servers:</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>sessions %1 + %2</source>
        <translation>Seminare %1 + %2</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>Seminar %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>tries %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>failed tries: SQLSTATE %1</source>
        <translation>gescheiterte Versuche: SQLSTATE %1</translation>
    </message>
    <message>
        <source>read %1 and %2 free seats</source>
        <translation>%1 und %2 freie Plätze gelesen</translation>
    </message>
    <message>
        <source>read 1 free seat</source>
        <translation>1 freien Platz gelesen</translation>
    </message>
</context>
<context>
    <name>seatsim::TimelineView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: move · double click: the whole run · click: details</source>
        <translation>Mausrad: zoomen · Ziehen: verschieben · Doppelklick: ganzer Durchlauf · Klick: Details</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>Worker %1 · attempt %2 · %3 · %4</source>
        <translation>Worker %1 · Versuch %2 · %3 · %4</translation>
    </message>
    <message>
        <source>read %1 seats in session %2</source>
        <translation>%1 Plätze in Seminar %2 gelesen</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>another session</source>
        <translation>eine andere Sitzung</translation>
    </message>
    <message>
        <source>waited for %1</source>
        <translation>wartete auf %1</translation>
    </message>
    <message>
        <source>The timeline fills while a run goes: one lane per worker.</source>
        <translation>Die Zeitleiste füllt sich während eines Durchlaufs: eine Spur pro Worker.</translation>
    </message>
    <message>
        <source>failed tries: SQLSTATE %1</source>
        <translation>gescheiterte Versuche: SQLSTATE %1</translation>
    </message>
    <message>
        <source>read %1 and %2 seats, sessions %3 + %4</source>
        <translation>%1 und %2 Plätze gelesen, Seminare %3 + %4</translation>
    </message>
    <message>
        <source>read 1 seat in session %1</source>
        <translation>1 Platz in Seminar %1 gelesen</translation>
    </message>
</context>
<context>
    <name>seatsim::VerdictBanner</name>
    <message>
        <source>%1 — %2 of %3 reservations, %4 s</source>
        <translation>%1 — %2 von %3 Reservierungen, %4 s</translation>
    </message>
    <message>
        <source>%1 — %2 reservations, %3 s</source>
        <translation>%1 — %2 Reservierungen, %3 s</translation>
    </message>
    <message>
        <source>▶ Running: preparing the tables…</source>
        <translation>▶ Läuft: Tabellen werden vorbereitet…</translation>
    </message>
    <message>
        <source>▶ Live: %1</source>
        <translation>▶ Live: %1</translation>
    </message>
    <message>
        <source>%1 — %2 reservations in %3 s, %4 retries, %5 deadlocks, %6 serialization failures</source>
        <translation>%1 — %2 Reservierungen in %3 s, %4 Wiederholungen, %5 Deadlocks, %6 Serialisierungsfehler</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Vor dem Ende gestoppt.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… und %n weiteres Problem</numerusform>
            <numerusform>… und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ The run did not finish</source>
        <translation>✗ Der Durchlauf wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>First failure: %1</source>
        <translation>Erster Fehler: %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the chart “Seats per session”</source>
        <translation>
            <numerusform>%n weiteres im Diagramm „Plätze pro Seminar“</numerusform>
            <numerusform>%n weitere im Diagramm „Plätze pro Seminar“</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 s left before the time limit</source>
        <translation>, noch %1 s bis zur Zeitgrenze</translation>
    </message>
    <message>
        <source>1 serialization failure (40001) retried to success: SERIALIZABLE working as intended</source>
        <translation>1 Serialisierungsfehler (40001) erfolgreich wiederholt: SERIALIZABLE arbeitet wie vorgesehen</translation>
    </message>
    <message>
        <source>%1 serialization failures (40001) retried to success: SERIALIZABLE working as intended</source>
        <translation>%1 Serialisierungsfehler (40001) erfolgreich wiederholt: SERIALIZABLE arbeitet wie vorgesehen</translation>
    </message>
</context>
<context>
    <name>seatsim::WaitGraphCanvas</name>
    <message>
        <source>W%1</source>
        <translation>W%1</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
</context>
<context>
    <name>seatsim::WindowDialogs</name>
    <message>
        <source>A comparison is running</source>
        <translation>Ein Vergleich läuft</translation>
    </message>
    <message>
        <source>A run is going in the main window: stop it first.</source>
        <translation>Im Hauptfenster läuft ein Durchlauf: Stoppen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>The server is not ready.</source>
        <translation>Der Server ist nicht bereit.</translation>
    </message>
    <message>
        <source>Step-by-step mode is using the server</source>
        <translation>Der Schrittmodus verwendet den Server</translation>
    </message>
    <message>
        <source>About SeatSim</source>
        <translation>Über SeatSim</translation>
    </message>
</context>
<context>
    <name>seatsim::WindowExport</name>
    <message>
        <source>Export the charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>Export the run</source>
        <translation>Durchlauf exportieren</translation>
    </message>
    <message>
        <source>Attempts as CSV (*.csv);;Run and summary as JSON Lines (*.json *.jsonl)</source>
        <translation>Versuche als CSV (*.csv);;Durchlauf und Zusammenfassung als JSON Lines (*.json *.jsonl)</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML page (*.html);;PDF document (*.pdf)</source>
        <translation>HTML-Seite (*.html);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exportieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>SeatSim charts</source>
        <translation>SeatSim-Diagramme</translation>
    </message>
    <message>
        <source>There is no run to export yet.</source>
        <translation>Es gibt noch keinen Durchlauf zum Exportieren.</translation>
    </message>
    <message>
        <source>There is no run to report yet.</source>
        <translation>Es gibt noch keinen Durchlauf für einen Bericht.</translation>
    </message>
</context>
<context>
    <name>seatsim::WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New strategy…</source>
        <translation>&amp;Neue Strategie…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Charts as PNG or SVG…</source>
        <translation>Diagramme als PNG oder SVG…</translation>
    </message>
    <message>
        <source>Run as CSV or JSON…</source>
        <translation>Durchlauf als CSV oder JSON…</translation>
    </message>
    <message>
        <source>Report as HTML or PDF…</source>
        <translation>Bericht als HTML oder PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>D&amp;urchlauf</translation>
    </message>
    <message>
        <source>&amp;Compare strategies…</source>
        <translation>Strategien &amp;vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Step by step…</source>
        <translation>&amp;Schrittmodus…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Guide to the exercise and the strategies</source>
        <translation>&amp;Anleitung zur Übung und zu den Strategien</translation>
    </message>
    <message>
        <source>&amp;About SeatSim</source>
        <translation>Ü&amp;ber SeatSim</translation>
    </message>
    <message>
        <source>Class &amp;board…</source>
        <translation>&amp;Klassenübersicht…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
</context>
<context>
    <name>seatsim::WindowSettings</name>
    <message>
        <source>Own strategies not loaded: %1</source>
        <translation>Eigene Strategien nicht geladen: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes after a restart.</source>
        <translation>Die Sprache ändert sich nach einem Neustart.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>seatsim::Worker</name>
    <message>
        <source>Worker %1 could not connect: %2</source>
        <translation>Worker %1 konnte keine Verbindung herstellen: %2</translation>
    </message>
    <message>
        <source>Worker %1 lost the connection during COMMIT: whether that reservation happened is unknown.</source>
        <translation>Worker %1 hat während des COMMIT die Verbindung verloren: Ob diese Reservierung stattgefunden hat, ist unbekannt.</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
</context>
<context>
    <name>seatsim::WriteSkewView</name>
    <message>
        <source>After a run, every two bookings of one student that each counted the student&apos;s seats before the other committed show up here, when the student ends over the limit: the write skew.</source>
        <translation>Nach einem Durchlauf erscheinen hier je zwei Buchungen einer Person, die beide die Plätze der Person zählten, bevor die andere festgeschrieben war – wenn die Person am Ende über der Grenze liegt: der Write Skew.</translation>
    </message>
    <message>
        <source>The run is going: the write-skew pairs are found when it ends.</source>
        <translation>Der Durchlauf läuft: Die Write-Skew-Paare werden an seinem Ende gesucht.</translation>
    </message>
    <message>
        <source>Attempts %1 and %2 — click to see them in the timeline</source>
        <translation>Versuche %1 und %2 – klicken, um sie in der Zeitleiste zu sehen</translation>
    </message>
    <message>
        <source>The table is inconsistent for another reason: %1</source>
        <translation>Die Tabelle ist aus einem anderen Grund inkonsistent: %1</translation>
    </message>
    <message>
        <source>The run is still not correct, for another reason: %1</source>
        <translation>Der Durchlauf ist trotzdem nicht korrekt, aus einem anderen Grund: %1</translation>
    </message>
</context>
</TS>
