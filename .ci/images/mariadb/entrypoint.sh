#!/bin/bash
# Honours the official mariadb image's variables (MARIADB_* and their MYSQL_* aliases): ROOT_PASSWORD,
# ALLOW_EMPTY_ROOT_PASSWORD / ALLOW_EMPTY_PASSWORD, RANDOM_ROOT_PASSWORD, ROOT_HOST, DATABASE, USER, PASSWORD.
# The datadir comes initialised from the package; the variables are applied through mariadbd's --init-file.
set -euo pipefail

if [[ "${1:-mariadbd}" == -* ]]; then set -- mariadbd "$@"; fi
if [[ "${1:-mariadbd}" != mariadbd && "${1:-}" != mysqld ]]; then exec "$@"; fi
shift || true

env_or() { local a="MARIADB_$1" b="MYSQL_$1"; printf '%s' "${!a:-${!b:-}}"; }
sql_string() { local s=${1//\\/\\\\}; printf "'%s'" "${s//\'/\\\'}"; }
sql_ident() { printf '`%s`' "${1//\`/\`\`}"; }

root_host=$(env_or ROOT_HOST); root_host=${root_host:-%}
root_password=$(env_or ROOT_PASSWORD)
allow_empty="${MARIADB_ALLOW_EMPTY_ROOT_PASSWORD:-${MYSQL_ALLOW_EMPTY_PASSWORD:-}}"
database=$(env_or DATABASE)
user=$(env_or USER)
password=$(env_or PASSWORD)
if [[ -z $root_password && -z $allow_empty ]]; then
  if [[ -n $(env_or RANDOM_ROOT_PASSWORD) ]]; then
    root_password=$(tr -dc 'A-Za-z0-9' </dev/urandom | head -c 24)
    echo "GENERATED ROOT PASSWORD: $root_password"
  else
    echo >&2 "error: database is uninitialized and password option is not specified"
    echo >&2 "  You need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD"
    exit 1
  fi
fi

init=/run/mysqld/init.sql
{
  # one statement a line
  echo "ALTER USER 'root'@'localhost' IDENTIFIED BY $(sql_string "$root_password");"
  if [[ $root_host != localhost ]]; then
    echo "CREATE USER IF NOT EXISTS 'root'@$(sql_string "$root_host") IDENTIFIED BY $(sql_string "$root_password");"
    echo "GRANT ALL ON *.* TO 'root'@$(sql_string "$root_host") WITH GRANT OPTION;"
  fi
  if [[ -n $database ]]; then
    echo "CREATE DATABASE IF NOT EXISTS $(sql_ident "$database");"
  fi
  if [[ -n $user && $user != root ]]; then
    echo "CREATE USER IF NOT EXISTS $(sql_string "$user")@'%' IDENTIFIED BY $(sql_string "$password");"
    if [[ -n $database ]]; then
      echo "GRANT ALL ON $(sql_ident "$database").* TO $(sql_string "$user")@'%';"
    fi
  fi
  echo "FLUSH PRIVILEGES;"
} >"$init"
chown mysql:mysql "$init"
chmod 600 "$init"

exec mariadbd --user=mysql --init-file="$init" "$@"
