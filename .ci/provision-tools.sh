#!/usr/bin/env bash
# Rotor: the outside tools the tests drive. The AWS CLI and a python3 that imports boto3 for the wire compatibility
# tests (AwsCliCompatibilityIT, Boto3CompatibilityIT); Debian's python3-boto3 (Lambda gives every Python function
# boto3, so the Python runtime's interpreter needs it) and python3-pymysql (the build vendors it into the Python test
# functions, functions/python-fixtures). Installs the Debian packages only where missing (for the CLI and the
# compatibility tests a pyenv or pip installation counts). Idempotent: a repeat run only checks (well under a second).
set -euo pipefail

has_aws() { aws --version >/dev/null 2>&1; }
has_debian_boto3() { /usr/bin/python3 -c 'import boto3' >/dev/null 2>&1; }
has_debian_pymysql() { [ -f /usr/lib/python3/dist-packages/pymysql/__init__.py ]; }

missing=()
has_aws || missing+=(awscli)
has_debian_boto3 || missing+=(python3-boto3)
has_debian_pymysql || missing+=(python3-pymysql)
if [ ${#missing[@]} -eq 0 ]; then
  echo "tools: aws, python3 with boto3 and Debian's pymysql present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "tools: missing ${missing[*]}; install them (apt-get install ${missing[*]}) or the compatibility and Python" \
       "function tests skip (and fail under CI=true)" >&2
  exit 1
fi
echo "tools: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
has_aws && has_debian_boto3 && has_debian_pymysql || {
  echo "tools: still missing after apt-get install ${missing[*]}" >&2; exit 1; }
