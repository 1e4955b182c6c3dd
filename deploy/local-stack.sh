#!/usr/bin/env bash
# The topology of docker-compose.yml without containers, from Debian's packages, on loopback ports:
# MariaDB (its own data directory and port), Redis, two server replicas and nginx in front, each a
# plain process whose files live in one folder. For trying a failover on a laptop or a test machine,
# and for the test that runs through it (test/deploy/local-stack.test.ts). See docs/deployment.md.
#
#   deploy/local-stack.sh up               build, start everything, print the address
#   deploy/local-stack.sh stop-replica 1   stop replica 1 as an orchestrator would (SIGTERM)
#   deploy/local-stack.sh start-replica 1
#   deploy/local-stack.sh status
#   deploy/local-stack.sh down [--purge]   stop everything (--purge also deletes the data)
#
# Needs: apt-get install mariadb-server redis-server nginx (the services need not be running; this
# starts its own), and `npm install` done. Settings, all optional:
#   STACK_DIR           where data, logs and pid files go (default: /tmp/union-volunteer-stack)
#   STACK_HTTP_PORT     nginx (default 8080)       STACK_SERVER_PORTS  replicas (default "4001 4002")
#   STACK_DB_PORT       MariaDB (default 3307)     STACK_REDIS_PORT    Redis (default 6380)
#   STACK_SEED_DEMO_DATA  fill an empty database with the demo campaign (default true)
#   STACK_BUILD         false skips `npm run build` (when dist/ is known to be current)
#   STACK_DB_OWNER_PASSWORD, STACK_DB_APP_PASSWORD, STACK_AUTH_SECRET: the secrets, generated on the
#                       first `up` into $STACK_DIR/secrets.env (mode 600) when not given
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin"

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR=${STACK_DIR:-${TMPDIR:-/tmp}/union-volunteer-stack}
HTTP_PORT=${STACK_HTTP_PORT:-8080}
DB_PORT=${STACK_DB_PORT:-3307}
REDIS_PORT=${STACK_REDIS_PORT:-6380}
read -r -a SERVER_PORTS <<<"${STACK_SERVER_PORTS:-4001 4002}"
DATABASE=volunteer
OWNER_USER=volunteer_owner
APP_USER=volunteer_app
OS_USER=$(id -un)
SOCKET=$DIR/run/mariadb.sock
NGINX_CONF=$DIR/nginx/nginx.conf

say() { printf '%s\n' "$*"; }
die() { printf 'local-stack: %s\n' "$*" >&2; exit 1; }

require() {
  local missing=() bin
  for bin in mariadbd mariadb-install-db mariadb mariadb-admin redis-server redis-cli nginx node; do
    command -v "$bin" >/dev/null || missing+=("$bin")
  done
  ((${#missing[@]} == 0)) || die "missing ${missing[*]}: apt-get install mariadb-server redis-server nginx"
  [[ -d $ROOT/node_modules ]] || die "run npm install in $ROOT first"
}

# Waits up to $1 seconds for the command after it to succeed.
wait_for() {
  local seconds=$1 i
  shift
  for ((i = 0; i < seconds * 5; i++)); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  return 1
}

http_ok() {
  node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"
}

pid_alive() { [[ -f $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

# ---- secrets: given, or made once and kept beside the data ----
load_secrets() {
  local file=$DIR/secrets.env
  if [[ ! -f $file ]]; then
    # The passwords hold @ / # % on purpose: they reach the servers as DATABASE_PASSWORD, never in a URL.
    local owner=${STACK_DB_OWNER_PASSWORD:-"o@/#%$(node -p 'require("crypto").randomBytes(12).toString("hex")')"}
    local app=${STACK_DB_APP_PASSWORD:-"a@/#%$(node -p 'require("crypto").randomBytes(12).toString("hex")')"}
    local secret=${STACK_AUTH_SECRET:-$(node -p 'require("crypto").randomBytes(32).toString("hex")')}
    (
      umask 077
      printf 'DB_OWNER_PASSWORD=%q\nDB_APP_PASSWORD=%q\nAUTH_SECRET=%q\n' "$owner" "$app" "$secret" >"$file"
    )
  fi
  # shellcheck source=/dev/null
  source "$file"
}

db_root() { mariadb --no-defaults --socket="$SOCKET" -u"$OS_USER" "$@"; }

start_mariadb() {
  if mariadb-admin --no-defaults --socket="$SOCKET" -u"$OS_USER" ping >/dev/null 2>&1; then return; fi
  if [[ ! -d $DIR/mariadb/mysql ]]; then
    say "MariaDB: new data directory $DIR/mariadb"
    # --user: the OS account that runs it, which also gets socket access as the administrator.
    mariadb-install-db --no-defaults --user="$OS_USER" --datadir="$DIR/mariadb" --skip-test-db \
      >"$DIR/logs/mariadb-install.log" 2>&1 || die "mariadb-install-db failed: $DIR/logs/mariadb-install.log"
  fi
  # --no-defaults: nothing from /etc/mysql (whose port and socket belong to the machine's own server).
  setsid mariadbd --no-defaults --user="$OS_USER" --datadir="$DIR/mariadb" --socket="$SOCKET" \
    --port="$DB_PORT" --bind-address=127.0.0.1 --skip-name-resolve --pid-file="$DIR/run/mariadb.pid" \
    --log-error="$DIR/logs/mariadb.log" --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_ci </dev/null >>"$DIR/logs/mariadb.log" 2>&1 &
  wait_for 60 mariadb-admin --no-defaults --socket="$SOCKET" -u"$OS_USER" ping ||
    die "MariaDB did not start: $DIR/logs/mariadb.log"
  say "MariaDB $(db_root -N -e 'SELECT VERSION()') on 127.0.0.1:$DB_PORT"
}

# The database, its owner (what the mariadb image makes of MARIADB_DATABASE / MARIADB_USER) and the
# servers' rows-only account (the very script the image runs), once.
provision_database() {
  if [[ $(db_root -N -e "SELECT COUNT(*) FROM mysql.user WHERE user = '$APP_USER'") != 0 ]]; then return; fi
  local owner=${DB_OWNER_PASSWORD//\\/\\\\}
  owner=${owner//\'/\\\'}
  db_root <<SQL
CREATE DATABASE IF NOT EXISTS \`$DATABASE\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER '$OWNER_USER'@'%' IDENTIFIED BY '$owner';
GRANT ALL ON \`$DATABASE\`.* TO '$OWNER_USER'@'%';
SQL
  MARIADB_DATABASE=$DATABASE APP_DB_USER=$APP_USER APP_DB_PASSWORD=$DB_APP_PASSWORD \
    bash "$ROOT/deploy/mariadb/10-app-account.sh" --no-defaults --socket="$SOCKET" -u"$OS_USER"
  say "MariaDB: database $DATABASE, owner $OWNER_USER, servers' account $APP_USER (rows only)"
}

start_redis() {
  if [[ $(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null) == PONG ]]; then return; fi
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no --daemonize yes \
    --dir "$DIR/redis" --pidfile "$DIR/run/redis.pid" --logfile "$DIR/logs/redis.log" >/dev/null
  wait_for 30 redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping || die "Redis did not start: $DIR/logs/redis.log"
  say "Redis on 127.0.0.1:$REDIS_PORT"
}

# What every replica is given, as docker-compose.yml sets it.
server_env() {
  SERVER_ENV=(
    DATABASE_URL="mariadb://$APP_USER@127.0.0.1:$DB_PORT/$DATABASE" DATABASE_PASSWORD="$DB_APP_PASSWORD"
    MIGRATE_ON_START=false SEED_DEMO_DATA=false REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
    AUTH_SECRET="$AUTH_SECRET" NODE_ENV=production TRUST_PROXY=1 HOST=127.0.0.1
  )
}

migrate() {
  say "migrating as $OWNER_USER"
  env DATABASE_URL="mariadb://$OWNER_USER@127.0.0.1:$DB_PORT/$DATABASE" DATABASE_PASSWORD="$DB_OWNER_PASSWORD" \
    SEED_DEMO_DATA="${STACK_SEED_DEMO_DATA:-true}" AUTH_SECRET="$AUTH_SECRET" NODE_ENV=production \
    node "$ROOT/dist/server/src/cli/migrate.js" 2>&1 | tee -a "$DIR/logs/migrate.log"
}

replica_port() {
  local n=$1
  [[ $n =~ ^[12]$ ]] || die "replicas are 1 and 2 (got '$n')"
  printf '%s' "${SERVER_PORTS[$((n - 1))]}"
}

start_replica() {
  local n=$1 port
  port=$(replica_port "$n")
  if pid_alive "$DIR/run/server-$n.pid"; then return; fi
  server_env
  # One simple command in the background: env and setsid exec in turn, so $! is the server's pid.
  (
    cd "$ROOT" || exit 1
    env "${SERVER_ENV[@]}" PORT="$port" setsid node dist/server/src/main.js \
      </dev/null >>"$DIR/logs/server-$n.log" 2>&1 &
    echo $! >"$DIR/run/server-$n.pid"
  )
  wait_for 60 http_ok "http://127.0.0.1:$port/readyz" || die "replica $n did not get ready: $DIR/logs/server-$n.log"
  say "replica $n on 127.0.0.1:$port (pid $(cat "$DIR/run/server-$n.pid"))"
}

# SIGTERM, as an orchestrator stops a container: requests in flight finish, sockets close with 1001.
stop_replica() {
  local n=$1
  local file=$DIR/run/server-$n.pid
  replica_port "$n" >/dev/null
  if ! pid_alive "$file"; then rm -f "$file"; return; fi
  local pid
  pid=$(cat "$file")
  kill -TERM "$pid"
  wait_for 20 bash -c "! kill -0 $pid" || { kill -KILL "$pid" 2>/dev/null || true; }
  rm -f "$file"
  say "replica $n stopped"
}

# nginx's own settings around the project's two files: the site as docker-compose.yml mounts it (only
# `listen` moved to loopback) and the upstream with the replicas' loopback ports for their names.
write_nginx_conf() {
  mkdir -p "$DIR/nginx/tmp"
  sed -e '/^[[:space:]]*resolver /d' -e 's/ resolve / /' \
    -e "s/server-1:4000/127.0.0.1:${SERVER_PORTS[0]}/" -e "s/server-2:4000/127.0.0.1:${SERVER_PORTS[1]}/" \
    "$ROOT/deploy/nginx/upstream.conf" >"$DIR/nginx/upstream.conf"
  sed -e "s/^\([[:space:]]*\)listen 80;/\1listen 127.0.0.1:$HTTP_PORT;/" \
    "$ROOT/deploy/nginx/volunteer.conf" >"$DIR/nginx/volunteer.conf"
  grep -q "listen 127.0.0.1:$HTTP_PORT;" "$DIR/nginx/volunteer.conf" || die "no 'listen 80;' in deploy/nginx/volunteer.conf"
  cat >"$NGINX_CONF" <<CONF
worker_processes 1;
pid $DIR/run/nginx.pid;
error_log $DIR/logs/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log $DIR/logs/nginx-access.log;
    client_body_temp_path $DIR/nginx/tmp/body;
    proxy_temp_path $DIR/nginx/tmp/proxy;
    fastcgi_temp_path $DIR/nginx/tmp/fastcgi;
    uwsgi_temp_path $DIR/nginx/tmp/uwsgi;
    scgi_temp_path $DIR/nginx/tmp/scgi;
    include $DIR/nginx/upstream.conf;
    include $DIR/nginx/volunteer.conf;
}
CONF
}

start_nginx() {
  write_nginx_conf
  nginx -t -q -c "$NGINX_CONF" -p "$DIR/nginx" -e "$DIR/logs/nginx-error.log" 2>>"$DIR/logs/nginx-error.log" ||
    die "nginx rejects its configuration: $DIR/logs/nginx-error.log"
  if pid_alive "$DIR/run/nginx.pid"; then
    nginx -c "$NGINX_CONF" -p "$DIR/nginx" -e "$DIR/logs/nginx-error.log" -s reload
  else
    nginx -c "$NGINX_CONF" -p "$DIR/nginx" -e "$DIR/logs/nginx-error.log" </dev/null >>"$DIR/logs/nginx-error.log" 2>&1
  fi
  wait_for 10 http_ok "http://127.0.0.1:$HTTP_PORT/nginx-health" || die "nginx did not answer: $DIR/logs/nginx-error.log"
  say "nginx $(nginx -v 2>&1 | sed 's/.*nginx\///') on 127.0.0.1:$HTTP_PORT"
}

up() {
  require
  mkdir -p "$DIR"/{mariadb,redis,run,logs}
  # nginx's workers run as another user when started by root; they must reach the temp folders.
  chmod 755 "$DIR"
  load_secrets
  if [[ ${STACK_BUILD:-true} != false ]]; then
    say "building"
    # A production build whatever the caller's NODE_ENV (jest sets it to test: Vite would then build React for development).
    (cd "$ROOT" && NODE_ENV=production npm run build --silent)
  fi
  start_mariadb
  provision_database
  start_redis
  migrate
  start_replica 1
  start_replica 2
  start_nginx
  say ""
  say "ready: http://127.0.0.1:$HTTP_PORT/graphql (ws://127.0.0.1:$HTTP_PORT/graphql); files in $DIR"
}

down() {
  if pid_alive "$DIR/run/nginx.pid"; then
    nginx -c "$NGINX_CONF" -p "$DIR/nginx" -e "$DIR/logs/nginx-error.log" -s quit || true
  fi
  wait_for 10 bash -c "! [[ -f '$DIR/run/nginx.pid' ]]" || true
  local n
  for n in 1 2; do stop_replica "$n"; done
  if [[ -f $DIR/run/redis.pid ]]; then redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true; fi
  if [[ -S $SOCKET ]]; then
    mariadb-admin --no-defaults --socket="$SOCKET" -u"$OS_USER" shutdown >/dev/null 2>&1 || true
    wait_for 30 bash -c "! [[ -S '$SOCKET' ]]" || true
  fi
  say "stopped"
  if [[ ${1:-} == --purge ]]; then
    rm -rf "$DIR"
    say "deleted $DIR"
  fi
}

status() {
  local rc=0
  check() {
    if "${@:2}" >/dev/null 2>&1; then say "up    $1"; else say "down  $1"; rc=1; fi
  }
  check "MariaDB 127.0.0.1:$DB_PORT" mariadb-admin --no-defaults --socket="$SOCKET" -u"$OS_USER" ping
  check "Redis 127.0.0.1:$REDIS_PORT" redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping
  check "replica 1 127.0.0.1:${SERVER_PORTS[0]}" http_ok "http://127.0.0.1:${SERVER_PORTS[0]}/readyz"
  check "replica 2 127.0.0.1:${SERVER_PORTS[1]}" http_ok "http://127.0.0.1:${SERVER_PORTS[1]}/readyz"
  check "nginx 127.0.0.1:$HTTP_PORT" http_ok "http://127.0.0.1:$HTTP_PORT/nginx-health"
  return "$rc"
}

case ${1:-} in
  up) up ;;
  down) down "${2:-}" ;;
  status) status ;;
  stop-replica) stop_replica "${2:?which replica, 1 or 2}" ;;
  start-replica)
    load_secrets
    start_replica "${2:?which replica, 1 or 2}"
    ;;
  *) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
