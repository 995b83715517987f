#!/usr/bin/env bash
# Rotor: the outside AWS clients the wire compatibility tests drive (AwsCliCompatibilityIT, Boto3CompatibilityIT):
# the AWS CLI and a python3 that imports boto3. Installs Debian's awscli / python3-boto3 only where missing (a pyenv
# or pip installation counts). Idempotent: a repeat run only checks (well under a second).
set -euo pipefail

has_aws() { aws --version >/dev/null 2>&1; }
has_boto3() { python3 -c 'import boto3' >/dev/null 2>&1 || /usr/bin/python3 -c 'import boto3' >/dev/null 2>&1; }

missing=()
has_aws || missing+=(awscli)
has_boto3 || missing+=(python3-boto3)
if [ ${#missing[@]} -eq 0 ]; then
  echo "tools: aws and python3 with boto3 present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "tools: missing ${missing[*]}; install them (apt-get install ${missing[*]}) or the compatibility tests skip" \
       "(and fail under CI=true)" >&2
  exit 1
fi
echo "tools: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
has_aws && has_boto3 || { echo "tools: still missing after apt-get install ${missing[*]}" >&2; exit 1; }
