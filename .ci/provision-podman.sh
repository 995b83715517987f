#!/usr/bin/env bash
# Installs podman (+ runc, debootstrap, mysqld's shared libraries), configures it for this machine kind and starts its
# Docker-compatible API on unix:///run/podman/podman.sock. Idempotent: a repeat run only checks.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"

log() { echo "[provision-podman] $*"; }
start=$(date +%s)

need_root() {
  if [[ $(id -u) -ne 0 ]]; then
    log "ERROR: $1 needs root (run with sudo, or install: podman runc debootstrap libaio1 libnuma1)"
    exit 1
  fi
}

# 1. packages
packages=(podman runc debootstrap libaio1 libnuma1)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  need_root "apt-get install"
  log "installing ${missing[*]} (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "packages present: ${packages[*]}"
fi

# 2. containers.conf: runc (crun fails on the hybrid cgroups here), cgroupfs, capped ulimits (hard nofile is 20000)
conf=/etc/containers/containers.conf
wanted="$here/podman/containers.conf"
if cmp -s "$wanted" "$conf"; then
  log "$conf up to date"
else
  need_root "writing $conf"
  mkdir -p /etc/containers
  [[ -f $conf ]] && cp "$conf" "$conf.rotor-backup"
  cp "$wanted" "$conf"
  log "wrote $conf"
fi

# 3. the Docker-compatible API
sock="${DOCKER_HOST#unix://}"
answers() { curl -fsS --max-time 2 --unix-socket "$sock" http://d/_ping >/dev/null 2>&1; }

# Starts the API service detached from this shell: no inherited descriptors (a pipe inherited from a shell that has
# gone away makes container creation fail later with "write child: broken pipe" while pings still answer).
start_service() {
  need_root "starting the podman service"
  mkdir -p "$(dirname "$sock")"
  local service_log=/var/log/rotor-podman-service.log
  log "starting podman system service on $DOCKER_HOST (log: $service_log)"
  (
    for fd in /proc/$BASHPID/fd/*; do
      n=${fd##*/}
      [ "$n" -gt 2 ] 2>/dev/null && eval "exec $n>&-" 2>/dev/null
    done
    exec setsid podman system service --time=0 "$DOCKER_HOST" </dev/null >>"$service_log" 2>&1
  ) &
  for _ in $(seq 1 60); do
    answers && break
    sleep 0.5
  done
  if ! answers; then
    log "ERROR: podman API did not answer on $DOCKER_HOST within 30 s; see $service_log"
    exit 1
  fi
  log "podman API answers on $DOCKER_HOST"
}

if [ "${1:-}" = "--restart" ]; then
  log "restarting the podman API service"
  pkill -f "podman system service" 2>/dev/null || true
  for _ in $(seq 1 20); do answers || break; sleep 0.25; done
  rm -f "$sock"
  start_service
elif answers; then
  log "podman API already answers on $DOCKER_HOST"
else
  start_service
fi
log "done in $(($(date +%s) - start)) s"
