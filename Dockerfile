# Rotor in one image: the Secrets Manager emulator (`rotor serve`, the default command) and the scenario harness
# (`rotor run`). It packages the built artifacts, so build them first, from the repository root:
#   mvn -B install -DskipTests && docker build -t rotor .
# Run:  docker run -p 4566:4566 rotor          (README "The container image": functions, volume, environment)
# No container registry is reachable on the project's machines: .ci/build-images.sh builds localhost/rotor/rotor:dev
# from this file with BASE_IMAGE=localhost/rotor/jre17:bookworm (Debian's OpenJDK 17).
ARG BASE_IMAGE=eclipse-temurin:17-jre
FROM ${BASE_IMAGE}

# The shared libraries of the embedded mysqld (`rotor run --db embedded`). Ubuntu 24.04 and Debian 13 (the Temurin
# images follow Ubuntu) renamed libaio1 to libaio1t64 and its library to libaio.so.1t64; MySQL 8.0 asks for
# libaio.so.1 (the distribution is x86-64 only).
RUN apt-get update -qq \
 && export DEBIAN_FRONTEND=noninteractive \
 && { apt-get install -y -qq --no-install-recommends libaio1 libnuma1 >/dev/null 2>&1 \
      || apt-get install -y -qq --no-install-recommends libaio1t64 libnuma1 >/dev/null; } \
 && { [ -e /usr/lib/x86_64-linux-gnu/libaio.so.1 ] \
      || ln -s libaio.so.1t64 /usr/lib/x86_64-linux-gnu/libaio.so.1; } \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin

RUN groupadd --system --gid 10001 rotor \
 && useradd --system --uid 10001 --gid rotor --home-dir /home/rotor --create-home --shell /usr/sbin/nologin rotor \
 && install -d -o rotor -g rotor -m 0700 /var/lib/rotor

# The checkout's layout, so the launcher, the reference functions and the scenario catalog are where `rotor` looks.
COPY rotor /opt/rotor/
COPY harness/target/rotor.jar /opt/rotor/harness/target/
# the MySQL 8.0.31 distribution jar the embedded provider extracts on first use (it looks in lib/ next to rotor.jar)
COPY harness/target/lib/ /opt/rotor/harness/target/lib/
COPY functions/mysql-single-user/target/rotor-mysql-single-user.jar /opt/rotor/functions/mysql-single-user/target/
COPY functions/mysql-alternating-users/target/rotor-mysql-alternating-users.jar /opt/rotor/functions/mysql-alternating-users/target/
COPY scenarios/ /opt/rotor/scenarios/

# The AppCDS archive (halves the start-up), made now by the launcher's training run; the build fails without it.
ENV PATH=/opt/rotor:$PATH
RUN rotor --version && test -s /opt/rotor/harness/target/rotor.jsa

USER rotor
WORKDIR /home/rotor
# `rotor serve` reads ROTOR_<OPTION> for each option it is not given (ROTOR_REGION, ROTOR_ACCOUNT_ID,
# ROTOR_FUNCTIONS_FILE, ROTOR_SYNC_ROTATION, ...); ROTOR_JAVA_OPTS replaces the JVM flags. State lives in the volume;
# ROTOR_DATA_DIR= (empty) keeps it in memory.
ENV ROTOR_DATA_DIR=/var/lib/rotor
VOLUME ["/var/lib/rotor"]
EXPOSE 4566
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/4566 && printf "GET /_rotor/health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n" >&3 && grep -q "\"status\":\"ok\"" <&3'
ENTRYPOINT ["rotor"]
CMD ["serve", "--host", "0.0.0.0", "--port", "4566"]
