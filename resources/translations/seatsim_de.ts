<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>deadlock_timeout of the private server in milliseconds (default: 100).</source>
        <translation>deadlock_timeout des privaten Servers in Millisekunden (Standard: 100).</translation>
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
        <source>A built-in strategy id or a script file. May be given several times, or as a comma-separated list (default: naive).</source>
        <translation>Die ID einer eingebauten Strategie oder eine Skriptdatei. Kann mehrfach oder als kommagetrennte Liste angegeben werden (Standard: naive).</translation>
    </message>
    <message>
        <source>ID|FILE</source>
        <translation>ID|DATEI</translation>
    </message>
    <message>
        <source>Worker threads (default: 5).</source>
        <translation>Worker-Threads (Standard: 5).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Reservations per thread (default: 20).</source>
        <translation>Reservierungen pro Thread (Standard: 20).</translation>
    </message>
    <message>
        <source>Pause between read and write, the race window (default: 5).</source>
        <translation>Pause zwischen Lesen und Schreiben, das Zeitfenster für die Race Condition (Standard: 5).</translation>
    </message>
    <message>
        <source>Pause between reservations (default: 0).</source>
        <translation>Pause zwischen Reservierungen (Standard: 0).</translation>
    </message>
    <message>
        <source>Random seed; run k uses seed + k - 1 (default: 1).</source>
        <translation>Zufalls-Seed; Durchlauf k verwendet Seed + k - 1 (Standard: 1).</translation>
    </message>
    <message>
        <source>Runs per strategy (default: 1).</source>
        <translation>Durchläufe pro Strategie (Standard: 1).</translation>
    </message>
    <message>
        <source>Tries per reservation on 40001/40P01 (default: 10).</source>
        <translation>Versuche pro Reservierung bei 40001/40P01 (Standard: 10).</translation>
    </message>
    <message>
        <source>Run each worker for this long instead of --per-thread reservations.</source>
        <translation>Jeden Worker so lange laufen lassen statt --per-thread Reservierungen.</translation>
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
</context>
<context>
    <name>Headless</name>
    <message>
        <source>Unknown strategy &quot;%1&quot;: it is neither a built-in id (%2) nor a file.</source>
        <translation>Unbekannte Strategie „%1“: weder eine eingebaute ID (%2) noch eine Datei.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 runs inconsistent, %4 with deadlocks; %5 attempts, %6 retries, %7 deadlocks, %8 serialization failures, %9 attempts/s</source>
        <translation>%1: %2 von %3 Durchläufen inkonsistent, %4 mit Deadlocks; %5 Versuche, %6 Wiederholungen, %7 Deadlocks, %8 Serialisierungsfehler, %9 Versuche/s</translation>
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
        <source>\set needs a variable name and an expression, e.g. \set user random(1, 100)</source>
        <translation>\set braucht einen Variablennamen und einen Ausdruck, z. B. \set user random(1, 100)</translation>
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
        <source>Serialization failures (SQLSTATE 40001), retried up to the max tries</source>
        <translation>Serialisierungsfehler (SQLSTATE 40001), wiederholt bis zur Höchstzahl an Versuchen</translation>
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
        <source>Workers waiting for a lock right now</source>
        <translation>Worker, die gerade auf eine Sperre warten</translation>
    </message>
    <message>
        <source>attempts/s</source>
        <translation>Versuche/s</translation>
    </message>
    <message>
        <source>Reservation attempts per second</source>
        <translation>Reservierungsversuche pro Sekunde</translation>
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
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>seats read</source>
        <translation>gelesene Plätze</translation>
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
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <source>full</source>
        <translation>voll</translation>
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
        <source>unknown (commit)</source>
        <translation>unbekannt (COMMIT)</translation>
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
        <source>Server ready: %1</source>
        <translation>Server bereit: %1</translation>
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
    <message>
        <source>Open a strategy script</source>
        <translation>Strategieskript öffnen</translation>
    </message>
    <message>
        <source>Strategy scripts (*.sql);;All files (*)</source>
        <translation>Strategieskripte (*.sql);;Alle Dateien (*)</translation>
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
        <translation>Reservierungen je Thread</translation>
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
            <numerusform>%n Reservierung insgesamt, etwa %1 s pro Durchlauf</numerusform>
            <numerusform>%n Reservierungen insgesamt, etwa %1 s pro Durchlauf</numerusform>
        </translation>
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
</context>
<context>
    <name>seatsim::StrategyPanel</name>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
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
        <source>▶ Live: ✗ %1</source>
        <translation>▶ Live: ✗ %1</translation>
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
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ INCONSISTENT: %1</source>
        <translation>✗ INKONSISTENT: %1</translation>
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
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
</context>
</TS>
