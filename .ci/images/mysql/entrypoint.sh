#!/bin/bash
# Honours the official mysql image's variables: MYSQL_ROOT_PASSWORD, MYSQL_ALLOW_EMPTY_PASSWORD,
# MYSQL_RANDOM_ROOT_PASSWORD, MYSQL_ROOT_HOST, MYSQL_DATABASE, MYSQL_USER, MYSQL_PASSWORD. The datadir is initialised
# at build time (root@localhost without password); these variables are applied through mysqld's --init-file.
set -euo pipefail

if [[ "${1:-mysqld}" == -* ]]; then set -- mysqld "$@"; fi
if [[ "${1:-mysqld}" != mysqld ]]; then exec "$@"; fi
shift || true

sql_string() { local s=${1//\\/\\\\}; printf "'%s'" "${s//\'/\\\'}"; }
sql_ident() { printf '`%s`' "${1//\`/\`\`}"; }

root_host=${MYSQL_ROOT_HOST:-%}
root_password=${MYSQL_ROOT_PASSWORD:-}
if [[ -z $root_password && -z ${MYSQL_ALLOW_EMPTY_PASSWORD:-} ]]; then
  if [[ -n ${MYSQL_RANDOM_ROOT_PASSWORD:-} ]]; then
    root_password=$(tr -dc 'A-Za-z0-9' </dev/urandom | head -c 24)
    echo "GENERATED ROOT PASSWORD: $root_password"
  else
    echo >&2 "error: database is uninitialized and password option is not specified"
    echo >&2 "  You need to specify one of MYSQL_ROOT_PASSWORD, MYSQL_ALLOW_EMPTY_PASSWORD and MYSQL_RANDOM_ROOT_PASSWORD"
    exit 1
  fi
fi

init=/var/run/mysqld/init.sql
{
  # one statement a line: mysqld's init file is read line by line
  echo "ALTER USER 'root'@'localhost' IDENTIFIED BY $(sql_string "$root_password");"
  if [[ $root_host != localhost ]]; then
    echo "CREATE USER IF NOT EXISTS 'root'@$(sql_string "$root_host") IDENTIFIED BY $(sql_string "$root_password");"
    echo "GRANT ALL ON *.* TO 'root'@$(sql_string "$root_host") WITH GRANT OPTION;"
  fi
  if [[ -n ${MYSQL_DATABASE:-} ]]; then
    echo "CREATE DATABASE IF NOT EXISTS $(sql_ident "$MYSQL_DATABASE");"
  fi
  if [[ -n ${MYSQL_USER:-} && ${MYSQL_USER} != root ]]; then
    echo "CREATE USER IF NOT EXISTS $(sql_string "$MYSQL_USER")@'%' IDENTIFIED BY $(sql_string "${MYSQL_PASSWORD:-}");"
    if [[ -n ${MYSQL_DATABASE:-} ]]; then
      echo "GRANT ALL ON $(sql_ident "$MYSQL_DATABASE").* TO $(sql_string "$MYSQL_USER")@'%';"
    fi
  fi
  echo "FLUSH PRIVILEGES;"
} >"$init"
chown mysql:mysql "$init"
chmod 600 "$init"

exec mysqld --defaults-file=/etc/mysql/my.cnf --user=mysql --init-file="$init" "$@"
