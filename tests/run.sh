#!/usr/bin/env bash
# The one test command of GiaVien.Cms: tests/run.sh [extra `dotnet test` arguments]
#   e.g. tests/run.sh --filter "FullyQualifiedName~Search"
#
# It installs what is missing (postgresql, redis-server, chromium and, where packaged, chromium-headless-shell, wrk, java) through apt-get, starts a
# throwaway PostgreSQL cluster and a throwaway Redis on free loopback ports, exports
#   GIAVIEN_TEST_POSTGRES  Npgsql connection string (user postgres, trust auth, database postgres)
#   GIAVIEN_TEST_REDIS     host:port
#   GIAVIEN_TEST_CHROMIUM  path of the chromium binary
#   GIAVIEN_TEST_CHROMIUM_HEADLESS_SHELL  path of chromium's headless shell, when the distribution has it (every browser
#                          test prefers it: half of Browser.Tests' Chromium CPU, less than half of Web.Tests')
#   GIAVIEN_TEST_S3        http://127.0.0.1:PORT of a throwaway S3-compatible server (s3rver from npm)
#   GIAVIEN_TEST_S3_BUCKET the bucket created on it
#   GIAVIEN_TEST_VNU       path of the W3C Nu HTML checker (vnu.jar from tests/tools' lock file, run with java)
# builds the solution once, runs `dotnet test --no-build` on each of its test projects, two at a time (one TRX file per
# test project in artifacts/test-results/<project>), stops the servers
# and removes their temp folders (also on error or Ctrl-C), and prints as its very last line
#   N passed, N failed            (or "N passed, N failed, N skipped" when tests were skipped)
# Exit code: 0 only if dotnet test succeeded, at least one test ran and none failed.
#
# Environment:
#   GIAVIEN_TEST_SKIP_SERVICES=1  skip installing/starting services (quick local run; the
#                                 GIAVIEN_TEST_* variables are then whatever you exported yourself,
#                                 and tests that need a service are expected to skip themselves)
#   GIAVIEN_TEST_SOLUTION=X.sln   solution to test (default GiaVien.Cms.sln, or GiaVien.Cms.slnx if only
#                                 that exists: .NET 10's `dotnet new sln` writes .slnx)
#   GIAVIEN_TEST_LANES=N          how many test projects run at the same time (default 2; 1 runs them one after another)
set -euo pipefail

SOLUTION="${GIAVIEN_TEST_SOLUTION:-GiaVien.Cms.sln}"

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd -- "$SCRIPT_DIR/.." && pwd)"
cd "$REPO_ROOT"
RESULTS="$REPO_ROOT/artifacts/test-results"
if [[ -z "${GIAVIEN_TEST_SOLUTION:-}" && ! -f "$SOLUTION" && -f "${SOLUTION}x" ]]; then SOLUTION="${SOLUTION}x"; fi

export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"

log() { printf '[run.sh] %s\n' "$*"; }

# ---------------------------------------------------------------- cleanup (EXIT trap)
SVC_TMP=""        # temp folder holding the pg cluster, sockets, logs and redis files
PG_BIN=""
PG_DATA=""
PG_STARTING=0     # 1 while `pg_ctl start` runs
REDIS_PORT=""
REDIS_PID_FILE=""
S3_PID=""         # process group of the s3rver started through npx
TEST_PIDS=()      # process groups of the `dotnet test` runs still going

# Runs a command as user postgres (or as the current user when not root).
as_postgres() {
    # cd /: user postgres may not be allowed into the current directory (the repo).
    if [[ $EUID -eq 0 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

# Stops the servers and removes the temp folder. Idempotent and silent: it also runs from the
# EXIT trap, after the totals line, which must stay the last line printed.
stop_services() {
    stop_test_runs
    if ((PG_STARTING)) && [[ -n "$PG_DATA" && -d "$PG_DATA" ]]; then
        # Interrupted inside `pg_ctl start`: the detached postmaster may not have written its pid file yet.
        local _
        for _ in $(seq 1 30); do [[ -f "$PG_DATA/postmaster.pid" ]] && break; sleep 0.1; done
    fi
    if [[ -n "$PG_DATA" && -f "$PG_DATA/postmaster.pid" ]]; then
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w -t 20 stop >/dev/null 2>&1 || true
        if [[ -f "$PG_DATA/postmaster.pid" ]]; then
            local pgpid
            pgpid="$(head -n1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)"
            if [[ "$pgpid" =~ ^[0-9]+$ ]]; then kill -KILL "$pgpid" >/dev/null 2>&1 || true; fi
        fi
    fi
    PG_DATA=""
    if [[ -n "$REDIS_PORT" ]]; then
        local rpid=""
        [[ -n "$REDIS_PID_FILE" && -f "$REDIS_PID_FILE" ]] && rpid="$(cat "$REDIS_PID_FILE" 2>/dev/null || true)"
        timeout 10 redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
        if [[ "$rpid" =~ ^[0-9]+$ ]]; then
            local _
            for _ in $(seq 1 50); do kill -0 "$rpid" 2>/dev/null || break; sleep 0.1; done
            kill -KILL "$rpid" >/dev/null 2>&1 || true
        fi
    fi
    REDIS_PORT=""
    if [[ -n "$S3_PID" ]]; then
        kill -TERM -- "-$S3_PID" >/dev/null 2>&1 || true
        local _
        for _ in $(seq 1 50); do kill -0 "$S3_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL -- "-$S3_PID" >/dev/null 2>&1 || true
    fi
    S3_PID=""
    if [[ -n "$SVC_TMP" && -d "$SVC_TMP" ]]; then rm -rf -- "$SVC_TMP" >/dev/null 2>&1 || true; fi
    SVC_TMP=""
}

# Interrupted while test projects run: they go first (test host, browser and all), so none outlives the services.
stop_test_runs() {
    local pid
    for pid in "${TEST_PIDS[@]}"; do kill -TERM -- "-$pid" >/dev/null 2>&1 || true; done
    for pid in "${TEST_PIDS[@]}"; do
        local _
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL -- "-$pid" >/dev/null 2>&1 || true
    done
    TEST_PIDS=()
}

trap stop_services EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# ---------------------------------------------------------------- services
find_pg_bin() {
    local d
    # Highest installed major version first.
    for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5 -V -r); do
        if [[ -x "$d/initdb" && -x "$d/pg_ctl" && -x "$d/postgres" ]]; then echo "$d"; return 0; fi
    done
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname -- "$(readlink -f "$(command -v pg_ctl)")"; return 0
    fi
    return 1
}

find_chromium() {
    if [[ -n "${GIAVIEN_TEST_CHROMIUM:-}" && -x "${GIAVIEN_TEST_CHROMIUM}" ]]; then echo "$GIAVIEN_TEST_CHROMIUM"; return 0; fi
    local c
    for c in chromium chromium-browser; do
        if command -v "$c" >/dev/null 2>&1; then command -v "$c"; return 0; fi
    done
    return 1
}

# Chromium's headless shell (Debian's chromium-headless-shell; the old headless mode as a binary of its own, which
# Playwright runs by default for headless Chromium): best effort, since not every distribution packages it; without it
# the browser tests run the full Chromium.
ensure_headless_shell() {
    if [[ -z "${GIAVIEN_TEST_CHROMIUM_HEADLESS_SHELL:-}" ]] && ! command -v chromium-headless-shell >/dev/null 2>&1; then
        local sudo=()
        [[ $EUID -ne 0 ]] && sudo=(sudo)
        { "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends chromium-headless-shell; } \
            >/dev/null 2>&1 || log "chromium-headless-shell not installed: the browser tests use $CHROMIUM"
    fi
    if [[ -z "${GIAVIEN_TEST_CHROMIUM_HEADLESS_SHELL:-}" ]] && command -v chromium-headless-shell >/dev/null 2>&1; then
        export GIAVIEN_TEST_CHROMIUM_HEADLESS_SHELL="$(command -v chromium-headless-shell)"
    fi
    [[ -n "${GIAVIEN_TEST_CHROMIUM_HEADLESS_SHELL:-}" ]] && log "chromium headless shell: $GIAVIEN_TEST_CHROMIUM_HEADLESS_SHELL"
    return 0
}

ensure_packages() {
    local missing=()
    find_pg_bin >/dev/null || missing+=(postgresql)
    command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1 || missing+=(redis-server)
    find_chromium >/dev/null || missing+=(chromium)
    command -v wrk >/dev/null 2>&1 || missing+=(wrk)   # the bench's smoke test drives wrk
    command -v npx >/dev/null 2>&1 || missing+=(nodejs npm)
    command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)   # runs the W3C Nu HTML checker
    if ((${#missing[@]})); then
        local sudo=()
        [[ $EUID -ne 0 ]] && sudo=(sudo)
        log "installing with apt-get: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        "${sudo[@]}" apt-get update -qq >/dev/null
        "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
    PG_BIN="$(find_pg_bin)" || { log "postgresql: initdb/pg_ctl not found after install"; exit 1; }
    ensure_html_checker
    command -v redis-server >/dev/null 2>&1 || { log "redis-server not found after install"; exit 1; }
    CHROMIUM="$(find_chromium)" || { log "chromium not found after install"; exit 1; }
    ensure_headless_shell
    local what
    for what in postgresql redis-server chromium; do
        local state=found
        [[ " ${missing[*]} " == *" $what "* ]] && state=installed
        case "$what" in
            postgresql)   log "postgresql: $state ($PG_BIN)" ;;
            redis-server) log "redis-server: $state ($(command -v redis-server))" ;;
            chromium)     log "chromium: $state ($CHROMIUM)" ;;
        esac
    done
}

# The W3C Nu HTML checker, pinned by tests/tools/package-lock.json. Its install script (which would download a Java
# runtime) is not run: the system's java runs the jar.
ensure_html_checker() {
    local jar="$REPO_ROOT/tests/tools/node_modules/vnu-jar/build/dist/vnu.jar"
    if [[ ! -f "$jar" ]]; then
        log "installing the W3C Nu HTML checker (npm ci in tests/tools)"
        npm ci --prefix "$REPO_ROOT/tests/tools" --ignore-scripts --no-audit --no-fund >/dev/null
    fi
    [[ -f "$jar" ]] || { log "vnu.jar not found after npm ci"; exit 1; }
    export GIAVIEN_TEST_VNU="$jar"
    log "html checker: $jar ($(java -jar "$jar" --version 2>/dev/null || echo 'version unknown'))"
}

# Prints two distinct free loopback TCP ports.
free_ports() {
    if command -v python3 >/dev/null 2>&1; then
        python3 - <<'EOF' && return 0
import socket
socks = []
for _ in range(2):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
EOF
    fi
    local found=() p
    while ((${#found[@]} < 2)); do
        p=$((20000 + RANDOM % 40000))
        [[ " ${found[*]:-} " == *" $p "* ]] && continue
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && continue   # in use
        found+=("$p")
    done
    echo "${found[*]}"
}

start_services() {
    local t0ns
    t0ns=$(date +%s%N)
    ensure_packages
    local t1ns
    t1ns=$(date +%s%N)

    SVC_TMP="$(mktemp -d "${TMPDIR:-/tmp}/giavien-test.XXXXXX")"
    chmod 755 "$SVC_TMP"
    [[ $EUID -eq 0 ]] && chown postgres:postgres "$SVC_TMP"

    # --- PostgreSQL
    PG_DATA="$SVC_TMP/pgdata"
    local pg_log="$SVC_TMP/postgres.log" initdb_log="$SVC_TMP/initdb.log"
    if ! as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$initdb_log" 2>&1; then
        rm -rf -- "$PG_DATA"
        if ! as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C >"$initdb_log" 2>&1; then
            log "initdb failed:"; cat "$initdb_log" >&2; exit 1
        fi
    fi
    local pg_port attempt started=0
    for attempt in 1 2 3; do
        read -r pg_port REDIS_PORT <<<"$(free_ports)"
        PG_STARTING=1
        if as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$pg_log" -w -t 60 \
            -o "-p $pg_port -k $SVC_TMP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
            start >/dev/null 2>&1; then
            PG_STARTING=0; started=1; break
        fi
        REDIS_PORT=""
        # pg_ctl may time out while the postmaster is still alive: make sure it is gone before retrying.
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
        log "postgres did not start on port $pg_port (attempt $attempt)"
    done
    if ((!started)); then
        log "postgres failed to start; log:"; tail -n 30 "$pg_log" >&2 || true; exit 1
    fi
    export GIAVIEN_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Include Error Detail=true"

    # --- Redis
    local redis_dir="$SVC_TMP/redis"
    mkdir -p "$redis_dir"
    REDIS_PID_FILE="$redis_dir/redis.pid"
    if ! redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no \
        --dir "$redis_dir" --pidfile "$REDIS_PID_FILE" --logfile "$redis_dir/redis.log" >/dev/null 2>&1; then
        log "redis-server failed to start"; cat "$redis_dir/redis.log" >&2 2>/dev/null || true; exit 1
    fi
    local _ ok=0
    for _ in $(seq 1 100); do
        if [[ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null || true)" == PONG ]]; then ok=1; break; fi
        sleep 0.05
    done
    if ((!ok)); then log "redis-server does not answer on port $REDIS_PORT"; cat "$redis_dir/redis.log" >&2 2>/dev/null || true; exit 1; fi
    export GIAVIEN_TEST_REDIS="127.0.0.1:$REDIS_PORT"

    export GIAVIEN_TEST_CHROMIUM="$CHROMIUM"

    start_s3

    local t2ns
    t2ns=$(date +%s%N)
    log "postgres on 127.0.0.1:$pg_port, redis on 127.0.0.1:$REDIS_PORT, chromium $CHROMIUM"
    log "services started in $(( (t2ns - t1ns) / 1000000 )) ms (package check/install: $(( (t1ns - t0ns) / 1000000 )) ms)"
}

# --- S3-compatible server (s3rver from the npm registry; the first run downloads it into npm's cache)
S3_VERSION="3.7.1"
S3_BUCKET="giavien-test"
start_s3() {
    local s3_port _ s3_dir="$SVC_TMP/s3" s3_log="$SVC_TMP/s3rver.log"
    mkdir -p "$s3_dir"
    read -r s3_port _ <<<"$(free_ports)"
    # Its own process group (setsid), so that npx, its shell and node stop together.
    setsid npx --yes "s3rver@$S3_VERSION" -d "$s3_dir" -a 127.0.0.1 -p "$s3_port" --configure-bucket "$S3_BUCKET" \
        --silent </dev/null >"$s3_log" 2>&1 &
    S3_PID=$!
    local ok=0
    for _ in $(seq 1 600); do
        # s3rver creates the bucket before it listens: an open port means ready.
        if (exec 3<>"/dev/tcp/127.0.0.1/$s3_port") 2>/dev/null; then ok=1; break; fi
        kill -0 "$S3_PID" 2>/dev/null || break
        sleep 0.2
    done
    if ((!ok)); then log "s3rver did not start on port $s3_port; log:"; tail -n 30 "$s3_log" >&2 || true; exit 1; fi
    export GIAVIEN_TEST_S3="http://127.0.0.1:$s3_port"
    export GIAVIEN_TEST_S3_BUCKET="$S3_BUCKET"
    log "s3rver $S3_VERSION on 127.0.0.1:$s3_port (bucket $S3_BUCKET)"
}

if [[ "${GIAVIEN_TEST_SKIP_SERVICES:-}" == 1 ]]; then
    log "GIAVIEN_TEST_SKIP_SERVICES=1: not installing or starting postgres/redis/chromium/s3rver"
else
    start_services
fi

# ---------------------------------------------------------------- tests
rm -rf -- "$RESULTS"
mkdir -p "$RESULTS"

# `dotnet test` on the solution ran the projects one after another: MSBuild keeps a built project on the node that
# built it, and that node was busy running the first test project, so the next one's build waited for it (the
# browser tests' 11 minutes, then the HTTP-level tests' 10). Building first and then running the projects side by
# side lets the 2 cores work on both: the browser tests mostly wait on one Chromium page at a time.
# Slowest first (from the TRX durations of the last whole runs), so the short ones fill in at the end; a project
# not named here runs after these.
SLOWEST_FIRST=(GiaVien.Cms.Browser.Tests GiaVien.Cms.Web.Tests GiaVien.Cms.Bench.Tests)

# Prints the solution's test projects (IsTestProject in the project file), slowest first.
test_projects() {
    local all=() name p
    mapfile -t all < <(dotnet sln "$SOLUTION" list | grep -E '\.csproj$' | while read -r p; do
        grep -qs '<IsTestProject>true</IsTestProject>' "$p" && echo "$p"
    done)
    for name in "${SLOWEST_FIRST[@]}"; do
        for p in "${all[@]}"; do [[ "$(basename -- "$p" .csproj)" == "$name" ]] && echo "$p"; done
    done
    for p in "${all[@]}"; do
        [[ " ${SLOWEST_FIRST[*]} " == *" $(basename -- "$p" .csproj) "* ]] || echo "$p"
    done
}

# Builds once, then runs every test project with at most GIAVIEN_TEST_LANES at a time. Returns the build's exit code
# if it failed, else the first non-zero exit code of a `dotnet test` run (a crashed test host included), else 0.
run_test_projects() {
    local lanes="${GIAVIEN_TEST_LANES:-2}"
    [[ "$lanes" =~ ^[1-9][0-9]*$ ]] || { log "GIAVIEN_TEST_LANES must be a positive number, not '$lanes'"; return 2; }
    # The compiler server on, whatever the environment says (some CI images set UseSharedCompilation=false): without
    # it every project starts and warms up its own C# compiler, and the solution's build took 3 min 5 s from clean
    # here instead of 1 min 29 s. It is shut down right after, so no compiler process outlives the build.
    local build_rc=0
    dotnet build "$SOLUTION" -c Release -p:UseSharedCompilation=true || build_rc=$?
    dotnet build-server shutdown >/dev/null 2>&1 || true
    ((build_rc == 0)) || return "$build_rc"
    local projects=()
    mapfile -t projects < <(test_projects)
    ((${#projects[@]})) || { log "no test project found in $SOLUTION"; return 1; }
    log "running ${#projects[@]} test projects, $lanes at a time: ${projects[*]}"
    local rc=0 project done_pid done_rc
    declare -A project_of=()
    for project in "${projects[@]}"; do
        while ((${#TEST_PIDS[@]} >= lanes)); do
            wait_for_one_run
        done
        # Its own process group (setsid), so that an interruption stops the test host and its browser with it.
        setsid -w dotnet test "$project" -c Release --no-build \
            --logger "console;verbosity=normal" \
            --logger "trx;LogFilePrefix=results" \
            "$@" </dev/null &
        TEST_PIDS+=("$!")
        project_of[$!]="$project"
    done
    while ((${#TEST_PIDS[@]})); do
        wait_for_one_run
    done
    return "$rc"
}

# Waits for one of the running `dotnet test` runs (in run_test_projects' scope: rc, project_of) and forgets it.
wait_for_one_run() {
    local finished="" code pid kept=()
    wait -n -p finished "${TEST_PIDS[@]}"
    code=$?
    [[ -n "$finished" ]] || return 0
    log "$(basename -- "${project_of[$finished]}" .csproj): dotnet test exited with code $code"
    ((code != 0 && rc == 0)) && rc=$code
    for pid in "${TEST_PIDS[@]}"; do [[ "$pid" == "$finished" ]] || kept+=("$pid"); done
    TEST_PIDS=("${kept[@]}")
}

set +e
run_test_projects "$@"
test_rc=$?
set -e

stop_services

# ---------------------------------------------------------------- totals
# Prints one summary line per TRX file (one per test project), then as its last line
# "passed failed skipped executed trx_count" summed over all TRX files.
n_passed=0 n_failed=0 n_skipped=0 n_executed=0 n_trx=0
summary="$(python3 - "$RESULTS" <<'EOF'
import glob, os, sys
import xml.etree.ElementTree as ET
root = sys.argv[1]
files = sorted(glob.glob(os.path.join(root, "**", "*.trx"), recursive=True))
passed = failed = skipped = executed = 0
n = 0
lines = []
failures = []
for f in files:
    try:
        tree = ET.parse(f)
    except Exception as e:
        print(f"[run.sh] unreadable TRX file {f}: {e}", file=sys.stderr)
        continue
    name = None
    counters = None
    for el in tree.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "TestMethod" and name is None and el.get("codeBase"):
            name = os.path.splitext(os.path.basename(el.get("codeBase")))[0]
        elif tag == "Counters" and counters is None:
            counters = el
    if counters is None:
        print(f"[run.sh] no <Counters> in {f}", file=sys.stderr)
        continue
    c = lambda k: int(counters.get(k, "0") or 0)
    n += 1
    total, ex = c("total"), c("executed")
    p = c("passed")
    fl = c("failed") + c("error") + c("timeout") + c("aborted")
    sk = max(total - ex, c("notExecuted"), 0)
    passed += p; failed += fl; skipped += sk; executed += ex
    lines.append(f"[run.sh] {'Failed!' if fl else 'Passed!'} {name or '(no tests)'}: {p} passed, {fl} failed, {sk} skipped ({os.path.basename(f)})")
    for result in tree.iter():
        if result.tag.rsplit("}", 1)[-1] != "UnitTestResult" or result.get("outcome") in ("Passed", "NotExecuted"):
            continue
        message = next((m.text or "" for m in result.iter() if m.tag.endswith("Message")), "")
        first_line = message.strip().splitlines()[0][:300] if message.strip() else "(no message)"
        failures.append(f"[run.sh] failed test: {result.get('testName')}: {first_line}")
# The failures are printed next to the totals because CI shows only the tail of the output.
for line in failures:
    print(line)
for line in sorted(lines, key=lambda l: l.split(" ", 2)[2]):
    print(line)
print(passed, failed, skipped, executed, n)
EOF
)" || true
echo
if [[ "$summary" == *$'\n'* ]]; then printf '%s\n' "${summary%$'\n'*}"; fi
read -r n_passed n_failed n_skipped n_executed n_trx <<<"${summary##*$'\n'}" || true

notes=()
if ((n_trx == 0)); then
    notes+=("no TRX file found in $RESULTS: the test run broke (dotnet test exit code $test_rc)")
    n_passed=0; n_failed=1; n_skipped=0
elif ((test_rc != 0 && n_failed == 0)); then
    notes+=("dotnet test exited with code $test_rc although no test failed (build error or crashed test host?): counted as 1 failure")
    n_failed=1
elif ((n_executed == 0 && n_failed == 0)); then
    notes+=("no test was executed: counted as 1 failure")
    n_failed=1
fi

exit_code=0
((test_rc != 0 || n_failed > 0 || n_executed == 0)) && exit_code=1

for note in "${notes[@]}"; do log "$note"; done
echo
if ((n_skipped > 0)); then
    echo "$n_passed passed, $n_failed failed, $n_skipped skipped"
else
    echo "$n_passed passed, $n_failed failed"
fi
exit "$exit_code"
