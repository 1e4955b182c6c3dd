# shellcheck shell=bash
# The account the servers connect as: rows only (SELECT, INSERT, UPDATE, DELETE) on the one
# database, so no request can create, alter or drop a table, or reach another database. The schema
# is changed by `npm run migrate` as the database's owner (MARIADB_USER, given ALL on it).
#
# docker-compose.yml mounts this in /docker-entrypoint-initdb.d: the mariadb image sources it on the
# first start of an empty volume, after creating MARIADB_DATABASE and MARIADB_USER, and lends it
# docker_process_sql (root over the socket). deploy/local-stack.sh runs it with `bash`, passing the
# client's connection options as arguments. Needs MARIADB_DATABASE, APP_DB_USER and APP_DB_PASSWORD.

app_account_sql() {
  local password=${APP_DB_PASSWORD:?set APP_DB_PASSWORD, the password of the servers account}
  case $password in *$'\n'*) echo "APP_DB_PASSWORD must be one line" >&2; return 1 ;; esac
  # A string literal: backslash, then quote, escaped (the image escapes its own passwords this way).
  password=${password//\\/\\\\}
  password=${password//\'/\\\'}
  local user=${APP_DB_USER:-volunteer_app} database=${MARIADB_DATABASE:?set MARIADB_DATABASE}
  # `_` is a wildcard in a database grant: escaped, the grant names this database only.
  database=${database//_/\\_}
  printf "CREATE USER '%s'@'%%' IDENTIFIED BY '%s';\n" "$user" "$password"
  printf "GRANT SELECT, INSERT, UPDATE, DELETE ON \`%s\`.* TO '%s'@'%%';\n" "$database" "$user"
}

if declare -F docker_process_sql >/dev/null; then
  app_account_sql | docker_process_sql
else
  set -euo pipefail
  app_account_sql | mariadb "$@"
fi
