# SeatSim's bridge to a student's Python answer (a .py file or a Jupyter notebook).
#
#   python3 -c <this file> check ANSWER     load the definitions, check reserve_seat
#   python3 -c <this file> run ANSWER       run SeatSim's load test on them
#
# Only the answer's definitions run: imports, functions, classes and constant assignments.
# The notebook's table-creating and load-test cells never do. Every psycopg2.connect reaches
# SeatSim's server and schema, whatever DSN the student typed. `run` reads its load from the
# first line of stdin (JSON), reports "ready" once every worker has its connection, waits for
# "go", and writes one JSON line per call to stdout.
import ast
import json
import os
import signal
import sys
import threading
import time
import traceback

ANSWER = "<answer>"
EXIT_BAD_ANSWER = 2
EXIT_MISSING = 3

_out_lock = threading.Lock()
# The reports go to the original stdout; whatever the student's code prints goes to stderr,
# so that no print() can tear a report apart.
_reports = os.fdopen(os.dup(1), "w", encoding="utf-8")
os.dup2(2, 1)
sys.stdout = sys.stderr


def emit(obj):
    line = json.dumps(obj, ensure_ascii=False, default=str)
    with _out_lock:
        _reports.write(line + "\n")
        _reports.flush()


def fail(message, line=0, code=EXIT_BAD_ANSWER):
    emit({"event": "error", "message": message, "line": line})
    sys.exit(code)


def read_source(path):
    """The answer's code and, per line of it, where it stands in the file ("cell 5, line 3")."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not path.endswith(".ipynb"):
        return text, None
    try:
        notebook = json.loads(text)
        cells = notebook["cells"]
    except (ValueError, KeyError, TypeError) as e:
        fail("not a Jupyter notebook (%s)" % e)
    lines, places, number = [], [], 0
    for cell in cells:
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        number += 1
        source = cell.get("source", "")
        if isinstance(source, list):
            source = "".join(source)
        for index, line in enumerate(source.split("\n")):
            stripped = line.lstrip()
            # IPython's magics and shell escapes are no Python.
            if stripped.startswith(("%", "!")):
                line = ""
            lines.append(line)
            places.append((number, index + 1))
        lines.append("")
        places.append((number, 0))
    return "\n".join(lines), places


def place(places, line):
    if not places or line is None or line < 1 or line > len(places):
        return line or 0, ""
    cell, within = places[line - 1]
    return line, "code cell %d, line %d" % (cell, within)


def is_constant(node):
    try:
        ast.literal_eval(node)
        return True
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return False


def definitions(tree):
    """Keeps what defines: imports, def, class, and NAME = <literal>."""
    kept = []
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef,
                             ast.AsyncFunctionDef, ast.ClassDef)):
            kept.append(node)
        elif isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) for t in node.targets) \
                and is_constant(node.value):
            kept.append(node)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                and node.value is not None and is_constant(node.value):
            kept.append(node)
    tree.body = kept
    return tree


def error_line(exc, places):
    """The deepest line of the answer in a traceback."""
    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == ANSWER:
            line = frame.lineno
    return place(places, line)


def describe(exc, places):
    line, where = error_line(exc, places)
    text = "%s: %s" % (type(exc).__name__, str(exc).strip())
    return (text + " (" + where + ")") if where else text, line


def require_psycopg2():
    try:
        import psycopg2
        import psycopg2.extensions
        import psycopg2.extras  # noqa: F401 (the exercise imports it)
    except ImportError as e:
        fail("psycopg2 is missing (%s): install the Debian package python3-psycopg2" % e,
             code=EXIT_MISSING)
    return psycopg2


def load(path, connect):
    """The answer's namespace, with psycopg2.connect replaced by `connect`."""
    psycopg2 = require_psycopg2()
    if connect is not None:
        psycopg2.connect = connect
    try:
        source, places = read_source(path)
    except (OSError, UnicodeDecodeError) as e:
        fail("cannot read %s: %s" % (path, e))
    try:
        tree = ast.parse(source, ANSWER)
    except SyntaxError as e:
        line, where = place(places, e.lineno)
        fail("SyntaxError: %s%s" % (e.msg, (" (" + where + ")") if where else ""), line)
    namespace = {"__name__": "seatsim_answer", "__file__": path}
    try:
        exec(compile(definitions(tree), ANSWER, "exec"), namespace)
    except BaseException as e:  # noqa: B036 (SystemExit too: the answer must not end SeatSim)
        message, line = describe(e, places)
        fail("while loading the definitions: " + message, line)
    reserve = namespace.get("reserve_seat")
    if not callable(reserve):
        fail("the answer defines no function reserve_seat(conn, user_id, session_id)")
    import inspect
    try:
        inspect.signature(reserve).bind(None, 1, 1)
    except (TypeError, ValueError):
        try:
            shown = "reserve_seat" + str(inspect.signature(reserve))
        except (TypeError, ValueError):
            shown = "reserve_seat"
        line = getattr(getattr(reserve, "__code__", None), "co_firstlineno", 0)
        line, where = place(places, line)
        fail("%s does not take (conn, user_id, session_id) as the exercise's load test calls it%s"
             % (shown, (" (" + where + ")") if where else ""), line)
    return namespace, places


# ---- run ------------------------------------------------------------------------------------

_local = threading.local()


def calls_errors():
    errors = getattr(_local, "errors", None)
    if errors is None:
        errors = _local.errors = []
    return errors


def note_error(exc):
    code = getattr(exc, "pgcode", None)
    if code or hasattr(exc, "pgerror"):
        calls_errors().append([code or "", str(exc).strip()])


def make_connect(settings, app_name):
    import psycopg2
    import psycopg2.extensions as ext

    original = psycopg2.connect
    subclasses = {}

    def reporting(factory):
        found = subclasses.get(factory)
        if found is None:
            class Reporting(factory):
                def execute(self, *args, **kwargs):
                    try:
                        return super().execute(*args, **kwargs)
                    except Exception as e:
                        note_error(e)
                        raise

                def executemany(self, *args, **kwargs):
                    try:
                        return super().executemany(*args, **kwargs)
                    except Exception as e:
                        note_error(e)
                        raise

                def callproc(self, *args, **kwargs):
                    try:
                        return super().callproc(*args, **kwargs)
                    except Exception as e:
                        note_error(e)
                        raise
            found = subclasses[factory] = Reporting
        return found

    class ReportingConnection(ext.connection):
        def cursor(self, *args, **kwargs):
            factory = kwargs.get("cursor_factory") or self.cursor_factory or ext.cursor
            kwargs["cursor_factory"] = reporting(factory)
            return super().cursor(*args, **kwargs)

        def commit(self):
            try:
                return super().commit()
            except Exception as e:
                note_error(e)
                raise

    def connect(*args, **kwargs):
        # Whatever the student typed: SeatSim's server, schema and application_name.
        wanted = {k: v for k, v in kwargs.items() if k == "cursor_factory"}
        conn = original(connection_factory=ReportingConnection, application_name=app_name,
                        **settings, **wanted)
        worker = getattr(_local, "worker", 0)
        if worker:
            emit({"event": "backend", "worker": worker, "pid": conn.get_backend_pid()})
        return conn

    return connect, original


def value_of(result):
    """JSON for what a function returned: True/False/None and whole numbers as they are
    (also a Decimal from SUM), anything else as Python shows it."""
    if result is True or result is False or result is None or isinstance(result, int):
        return result
    try:
        if int(result) == result:
            return int(result)
    except (TypeError, ValueError, ArithmeticError):
        pass
    return repr(result)[:200]


def truthy(result):
    try:
        return bool(result)
    except Exception:
        return False


def run(path):
    config = json.loads(sys.stdin.readline())
    settings = config["connect"]
    app_name = config["application_name"]
    require_psycopg2()
    connect, original = make_connect(settings, app_name)
    namespace, places = load(path, connect)
    reserve = namespace["reserve_seat"]
    get_connection = namespace.get("get_connection")
    calls = config["calls"]
    deadline = 0
    pause = config.get("pause_ms", 0) / 1000.0  # between reservations: the window's tempo
    threads = len(calls)
    try:
        checker = original(application_name=app_name + "-check", **settings)
    except Exception as e:
        fail("the bridge could not connect to SeatSim's server: %s" % str(e).strip(), code=1)
    checker.autocommit = True
    checker_lock = threading.Lock()
    full = set()
    seat_limit = config.get("seat_limit", 0)  # seats one student may hold; 0: no limit
    at_limit = set()

    def look(query, args):
        with checker_lock:
            try:
                with checker.cursor() as cur:
                    cur.execute(query, args)
                    row = cur.fetchone()
            except Exception:
                return None
        return row[0] if row else None

    def free_seats(session):
        """After a False: the session's free seats, read on the bridge's own connection."""
        if session in full:
            return 0
        seats = look("SELECT seats FROM seminar_sessions WHERE id = %s", (session,))
        if seats is not None and seats <= 0:
            full.add(session)
        return seats

    def seats_held(user):
        """After a False under a seat limit: the seats the student holds."""
        if user in at_limit:
            return seat_limit
        held = look("SELECT count(*) FROM seminar_registrations WHERE user_id = %s", (user,))
        if held is not None and held >= seat_limit:
            at_limit.add(user)
        return held

    def own_connection(worker):
        if callable(get_connection):
            try:
                return get_connection()
            except BaseException as e:  # noqa: B036
                message, line = describe(e, places)
                emit({"event": "error", "worker": worker, "line": line,
                      "message": "get_connection() failed: " + message})
                return None
        conn = connect()
        conn.autocommit = True  # as the exercise hands get_connection out
        return conn

    connections = [None] * threads
    inflight = {}  # worker -> the call it is in: [worker, user_id, session_id, start]

    def unfinished(signum, frame):
        """SeatSim ends the bridge: first the calls that have not returned, for the verdict."""
        if _out_lock.acquire(timeout=0.5):
            _reports.write(json.dumps({"event": "unfinished",
                                       "calls": list(inflight.values())}) + "\n")
            _reports.flush()
        os._exit(0)

    signal.signal(signal.SIGTERM, unfinished)
    barrier = threading.Barrier(threads + 1)
    go_signal = threading.Event()

    def work(index):
        worker = index + 1
        _local.worker = worker
        conn = own_connection(worker)
        connections[index] = conn
        try:
            barrier.wait()
        except threading.BrokenBarrierError:
            return
        go_signal.wait()
        if conn is None:
            return
        for user, session in calls[index]:
            if deadline and time.monotonic_ns() >= deadline:
                break
            _local.errors = []
            call = {"w": worker, "u": user, "s": session, "t0": time.monotonic_ns()}
            inflight[worker] = [worker, user, session, call["t0"]]
            try:
                result = reserve(conn, user, session)
                call["ret"] = value_of(result)
                call["yes"] = truthy(result)
            except BaseException as e:  # noqa: B036
                call["exc"], call["line"] = describe(e, places)
                call["state"] = getattr(e, "pgcode", None) or ""
            call["t1"] = time.monotonic_ns()
            inflight.pop(worker, None)
            call["errors"] = _local.errors
            if "exc" in call:
                # As the script runner does after an error: the transaction ends, the
                # connection stays for the next call.
                if conn.closed:
                    conn = own_connection(worker)
                    if conn is None:
                        emit(call)
                        return
                elif conn.status != 1:  # not STATUS_READY: a transaction is open
                    try:
                        conn.rollback()
                    except Exception:
                        pass
            elif not call["yes"]:
                call["free"] = free_seats(session)
                if seat_limit and call["free"]:
                    call["held"] = seats_held(user)
            emit(call)
            if pause:
                time.sleep(pause)
        try:
            conn.close()
        except Exception:
            pass

    workers = [threading.Thread(target=work, args=(i,), daemon=True) for i in range(threads)]
    for t in workers:
        t.start()
    barrier.wait()
    emit({"event": "ready"})
    go = sys.stdin.readline().split()
    if len(go) != 2 or go[0] != "go":
        os._exit(0)
    deadline = int(go[1])
    # SeatSim holds stdin open while it runs: when it is gone, the student's code stops too.
    threading.Thread(target=lambda: (sys.stdin.read(), os._exit(1)), daemon=True).start()
    go_signal.set()
    for t in workers:
        t.join()

    counts = {"event": "counts"}
    for name in ("count_free_seats", "count_occupied_seats"):
        function = namespace.get(name)
        if not callable(function):
            continue
        # The notebook's helpers often use the global `conn` of the table-creating cell,
        # which SeatSim does not run: they get one of their own.
        if "conn" not in namespace:
            try:
                namespace["conn"] = own_connection(0)
                namespace["cursor"] = namespace["conn"].cursor()
            except BaseException:  # noqa: B036
                pass
        try:
            counts[name] = value_of(function())
        except BaseException as e:  # noqa: B036
            counts[name + "_error"] = describe(e, places)[0]
    emit(counts)
    emit({"event": "done"})
    os._exit(0)  # threads of the student's code must not keep the bridge alive


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("check", "run"):
        sys.stderr.write("usage: bridge.py check|run ANSWER\n")
        sys.exit(64)
    if sys.argv[1] == "check":
        namespace, _ = load(sys.argv[2], None)
        emit({"event": "ok", "functions": sorted(k for k, v in namespace.items()
                                                 if callable(v) and not k.startswith("_")
                                                 and getattr(v, "__module__", "") == "seatsim_answer")})
    else:
        run(sys.argv[2])


main()
