<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Audit</name>
    <message>
        <source>consistent: %1 free + %2 occupied = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free + %2 occupied = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free + %2 occupied = %3 ≠ %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 overbooked by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session  Capacity  Free  Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overbooked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free seats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied seats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 (capacity %2, drift %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INCONSISTENT!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 expects a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeatSim shows on a real PostgreSQL server how concurrent seat reservations lose updates and deadlock, and how transactions and locks prevent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run without a window and print results to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate the exercise&apos;s tables in the program&apos;s schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the consistency audit: free + occupied seats against capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this server instead of the private one: a postgresql:// URI or libpq key=value pairs. libpq&apos;s PG* environment variables fill in what is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema SeatSim works in (default: seatsim).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the private server keeps its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlock_timeout of the private server in milliseconds (default: 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the program: de or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the built-in strategies and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in strategy id or a script file. May be given several times, or as a comma-separated list (default: naive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID|FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads (default: 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations per thread (default: 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between read and write, the race window (default: 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between reservations (default: 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; run k uses seed + k - 1 (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs per strategy (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries per reservation on 40001/40P01 (default: 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run each worker for this long instead of --per-thread reservations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run with --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--schema: &quot;%1&quot; is not a schema name SeatSim can use. Use lower-case letters, digits and underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang expects de or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Invalid connection string &quot;%1&quot;: %2. Use a URI such as postgresql://user@host:5432/database or key=value pairs such as &quot;host=localhost dbname=postgres&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schema name SeatSim can use. Use lower-case letters, digits and underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not available. Install the Debian package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddedServer</name>
    <message>
        <source>SEATSIM_PG_BINDIR is set to %1, but that directory holds no PostgreSQL server (postgres, initdb, pg_ctl). Fix or unset the variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PostgreSQL server programs (postgres, initdb, pg_ctl) were found. Install them with: sudo apt-get install postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hand %1 to the postgres account: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refuses to run as root, and this system has no &apos;postgres&apos; account to run it as. Install the Debian package postgresql (it creates the account), or start SeatSim as a normal user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the directory %1 for the private PostgreSQL server. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postgres account, which runs the private server when SeatSim runs as root, cannot enter %1. Allow it (chmod o+x %1) or point SeatSim at another directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the directory %1 for the private PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another user. SeatSim keeps its private server there and will not share it: remove the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initdb could not create the private PostgreSQL cluster in %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private PostgreSQL server did not start (pg_ctl exit code %1).
%2
Server log %3:
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private PostgreSQL server is running, but %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeatSim cannot connect to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database seatsim could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another SeatSim process has been starting the private server in %1 for too long. If none is running, remove %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private PostgreSQL server did not stop: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>Unknown strategy &quot;%1&quot;: it is neither a built-in id (%2) nor a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 runs inconsistent, %4 with deadlocks; %5 attempts, %6 retries, %7 deadlocks, %8 serialization failures, %9 attempts/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the tables in schema %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SeatSim schema &quot;%1&quot; on %2 yet. Create it with --reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunResult</name>
    <message>
        <source>Run %1: %2, %3 threads × %4, think %5 ms, seed %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected (full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlocks (40P01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serialization (40001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms (%2 attempts/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONSISTENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INCONSISTENT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptRunner</name>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script ended inside a transaction (add COMMIT at its end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\sleep %1 is out of range (0 up to an hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\gset expects exactly one row, but the query returned %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatDatabase</name>
    <message>
        <source>A scenario needs at least one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema &quot;%1&quot; exists but was not created by SeatSim, so SeatSim will not touch it. Choose another schema with --schema NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the schema &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not recreate the tables in schema &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>private server (%1), schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, schema %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyScript</name>
    <message>
        <source>the script is too large (%1 characters, at most %2 allowed); a strategy is a few statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\if is not closed at the end of the file (add \endif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable :%1 is used but never set (set it with \set or \gset; the program provides: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (character U+%1) in the script; a strategy script must be UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected broken or safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL statement is not terminated at the end of the file (add &apos;;&apos; at its end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment /* is not closed (add */)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted text starting here is not closed (add %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dollar-quoted text starting here is not closed (add %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment cannot follow a meta-command on the same line (pgbench would read it as part of the command); move it to a line of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\gset takes at most one argument, a variable name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\gset must follow an SQL query (write it after the SELECT, in place of the &apos;;&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL statement is not terminated before \%1 (add &apos;;&apos; at its end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\set needs a variable name and an expression, e.g. \set user random(1, 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\sleep needs an amount and an optional unit, e.g. \sleep :think_ms ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown \sleep unit &quot;%1&quot; (expected us, ms or s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\sleep needs a non-negative integer or a :variable, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\sleep of more than an hour is not allowed; use a shorter pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\elif without \if (add \if before it or remove it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\elif after \else (move it before the \else)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\if is nested more than %1 levels deep; simplify the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\%1 without \if (add \if before it or remove it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second \else for the same \if (remove one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\%1 takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown meta-command \%1 (expected \set, \sleep, \gset, \if, \elif, \else or \endif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression expected, e.g. random(1, :sessions) or :seats &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad expression: unexpected &quot;%1&quot; (an operator or the end of the line was expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad expression: %1 expected at the end of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad expression: %1 expected, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad expression: comparisons cannot be chained (combine them with and)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad expression: integer %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad expression: unknown name &quot;%1&quot; (functions: random, least, greatest, abs; variables are written :name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;(&apos; after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad expression: %1() takes %2 argument(s), not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad expression: %1() needs at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad expression: operand expected at the end of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad expression: &quot;%1&quot; is not an integer (only integers are supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad expression: unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean cannot be used as an integer (column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined variable :%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable :%1 holds &quot;%2&quot;, which is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer out of range in negation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer out of range (overflow) at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random(%1, %2): the lower bound is greater than the upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random(%1, %2): the range is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer out of range in abs()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the strategy file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes, at most %2 allowed); a strategy is a few statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the strategy file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains binary data (NUL bytes); a strategy script must be UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: bad expression or variable vector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatsim::ConnectionDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private server that SeatSim starts itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PostgreSQL server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>localhost, an address or a socket directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeatSim creates its two tables in this schema and never touches anything outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI or key=value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or field by field (fields left empty take the URI&apos;s or libpq&apos;s defaults):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema name may contain lower-case letters, digits and &apos;_&apos; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a URI or at least a host, a database or a user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatsim::CounterTiles</name>
    <message>
        <source>drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free + occupied − capacity: seats that appeared or vanished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overbooked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions with more registrations than seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries that PostgreSQL ended as a deadlock victim (SQLSTATE 40P01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serialization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serialization failures (SQLSTATE 40001), retried up to the max tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries after the first one of a reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other SQL or script errors, and commits of unknown outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers waiting for a lock right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation attempts per second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatsim::EventLogModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seats read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLSTATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (commit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatsim::EventLogView</name>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only errors and retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 shown, newest last)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatsim::LoadTest</name>
    <message>
        <source>Could not reset the tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not audit the result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was stopped before it began.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatsim::MainWindow</name>
    <message>
        <source>SeatSim — concurrent seat reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the tables and run the load test (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate the tables with all 40 seats free (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, large type and thick lines for the lecture hall (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to another PostgreSQL server, or back to the private one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open strategy file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the private PostgreSQL server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the PostgreSQL server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready — press Space or Start to run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The server is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Use “Server…” to retry or to connect to another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start becomes available once the server is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is going: stop it first (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start is unavailable: the server is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start is unavailable until the server is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a strategy first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start is unavailable until the server is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a load test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Starting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the tables to %1 free seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The run could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The tables could not be reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on this server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1, SeatSim drops and recreates the tables seminar_sessions and seminar_registrations on

server:	%2
database:	%3
schema:	%4

Nothing outside the schema %4 is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(libpq default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t ask again for this server and schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a strategy script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy scripts (*.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script has an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQL that runs — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables reset — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space or Start to run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 finished in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no strategy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatsim::ParameterPanel</name>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers, each with its own connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations each worker tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between reading and writing the seats: the race window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between two reservations of a worker: the tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random users and sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries of one reservation after a deadlock or serialization failure, as pgbench --max-tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workers × %2 reservations, think %3 ms, pause %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reservation(s) in all, about %1 s per run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seatsim::SeatsChart</name>
    <message>
        <source>Seats over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free + occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatsim::SessionChart</name>
    <message>
        <source>Seats per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overbooked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session (capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatsim::StrategyPanel</name>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a strategy script from a file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Transactional / safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗  Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓  Transactional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No strategy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatsim::VerdictBanner</name>
    <message>
        <source>%1 — %2 of %3 reservations, %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 reservations, %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Running: preparing the tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Live: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Live: ✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 reservations in %3 s, %4 retries, %5 deadlocks, %6 serialization failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✗ The run did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ INCONSISTENT: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatsim::Worker</name>
    <message>
        <source>Worker %1 could not connect: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker %1 lost the connection during COMMIT: whether that reservation happened is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
