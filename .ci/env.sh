# Rotor: environment for Testcontainers against the local podman engine. Source it: `source .ci/env.sh`.
# Everything may be overridden by the caller's environment.
export DOCKER_HOST="${DOCKER_HOST:-unix:///run/podman/podman.sock}"
# Ryuk's image cannot be pulled here; tests and the harness close their containers themselves.
export TESTCONTAINERS_RYUK_DISABLED="${TESTCONTAINERS_RYUK_DISABLED:-true}"
# This machine has /.dockerenv, so Testcontainers would reach containers through the bridge gateway; published ports
# listen on every host address, so use loopback instead (only loopback may be targeted).
export TESTCONTAINERS_HOST_OVERRIDE="${TESTCONTAINERS_HOST_OVERRIDE:-127.0.0.1}"
# Local images built by .ci/build-images.sh (honest names: the harness defaults are the official mysql:8.4 and
# mariadb:11.4, which cannot be pulled here).
export ROTOR_MYSQL_IMAGE="${ROTOR_MYSQL_IMAGE:-localhost/rotor/mysql:8.0.31}"
export ROTOR_MARIADB_IMAGE="${ROTOR_MARIADB_IMAGE:-localhost/rotor/mariadb:10.11}"
# The Rotor image .ci/build-images.sh builds from the root Dockerfile (the testcontainers module's tests run it).
export ROTOR_IMAGE="${ROTOR_IMAGE:-localhost/rotor/rotor:dev}"
