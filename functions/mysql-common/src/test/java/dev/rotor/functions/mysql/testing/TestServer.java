package dev.rotor.functions.mysql.testing;

import java.security.SecureRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The server a database integration test class runs against: the argument of its {@code @ParameterizedClass}, which
 * takes it in its constructor and calls {@link #database()} before each test (not in the constructor: a skipped test
 * is still instantiated).
 *
 * <pre>
 * &#64;ParameterizedClass(name = TestServer.NAME)
 * &#64;MethodSource(TestServer.ALL)
 * &#64;ExtendWith(TestServer.Available.class)
 * class SomeIT { SomeIT(TestServer server) { ... } &#64;BeforeEach void setUp() { db = server.database(); } ... }
 * </pre>
 *
 * <p>{@link #all()}: the external server when {@code ROTOR_IT_DB_PORT} is set (see {@link TestDatabase}), else a
 * MySQL and a MariaDB container started with Testcontainers from {@code ROTOR_MYSQL_IMAGE} / {@code
 * ROTOR_MARIADB_IMAGE} (defaults {@value #DEFAULT_MYSQL_IMAGE} / {@value #DEFAULT_MARIADB_IMAGE}; {@code
 * .ci/env.sh} names the local images). A container starts on the first {@link #database()} call, once per class
 * invocation, and JUnit closes the argument (stopping and removing the container: Ryuk may be disabled) when that
 * invocation's tests are done; a JVM shutdown hook covers Ctrl-C. Connections use Connector/J only.
 *
 * <p>{@link Available}: without an external server and without a Docker-compatible engine every test is skipped
 * with the reason, except under {@code CI=true}, where it runs and fails: CI must never go green without these tests.
 */
public abstract class TestServer implements AutoCloseable {

    /** {@code @ParameterizedClass(name = ...)}: the server in every test's name. */
    public static final String NAME = "[{index}] {0}";
    /** {@code @MethodSource(...)}. */
    public static final String ALL = "dev.rotor.functions.mysql.testing.TestServer#all";

    public static final String DEFAULT_MYSQL_IMAGE = "mysql:8.4";
    public static final String DEFAULT_MARIADB_IMAGE = "mariadb:11.4";
    public static final String MYSQL_IMAGE_VARIABLE = "ROTOR_MYSQL_IMAGE";
    public static final String MARIADB_IMAGE_VARIABLE = "ROTOR_MARIADB_IMAGE";

    private static final String NO_ENGINE = "no Docker-compatible engine answers (DOCKER_HOST=%s) and "
            + TestDatabase.PORT_VARIABLE + " is not set; run .ci/provision-podman.sh and .ci/build-images.sh, then "
            + "source .ci/env.sh (or point ROTOR_IT_DB_* at a server, see functions/README.md)";

    /** The servers to run against: the external one, else one container per engine. */
    public static Stream<TestServer> all() {
        if (TestDatabase.externalConfigured()) {
            return Stream.of(new External());
        }
        return Stream.of(new Container(Engine.MYSQL), new Container(Engine.MARIADB));
    }

    /** The running server (started on the first call). */
    public abstract TestDatabase database();

    @Override
    public void close() {
    }

    private static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static boolean engineAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String noEngine() {
        return String.format(NO_ENGINE, System.getenv("DOCKER_HOST"));
    }

    /** Skips each test, with the reason, when it has nowhere to run, unless {@code CI=true}. */
    public static final class Available implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (context.getTestMethod().isEmpty()) {
                return ConditionEvaluationResult.enabled("decided per test, so that skips are reported with the reason");
            }
            if (TestDatabase.externalConfigured()) {
                return ConditionEvaluationResult.enabled(TestDatabase.PORT_VARIABLE + " names an external server");
            }
            if (onCi() || engineAnswers()) {
                return ConditionEvaluationResult.enabled("a container engine answers, or CI=true requires one");
            }
            return ConditionEvaluationResult.disabled(noEngine());
        }
    }

    /** The server named by {@code ROTOR_IT_DB_*}: left running. */
    private static final class External extends TestServer {

        private final TestDatabase database = TestDatabase.fromEnvironment();

        @Override
        public TestDatabase database() {
            return database;
        }

        @Override
        public String toString() {
            return "external " + database.host + ":" + database.port;
        }
    }

    enum Engine {
        MYSQL("MySQL", "mysql", MYSQL_IMAGE_VARIABLE, DEFAULT_MYSQL_IMAGE),
        MARIADB("MariaDB", "mariadb", MARIADB_IMAGE_VARIABLE, DEFAULT_MARIADB_IMAGE);

        final String label;
        final String officialImage;
        final String variable;
        final String defaultImage;

        Engine(String label, String officialImage, String variable, String defaultImage) {
            this.label = label;
            this.officialImage = officialImage;
            this.variable = variable;
            this.defaultImage = defaultImage;
        }

        String image() {
            String image = System.getenv(variable);
            return image == null || image.isBlank() ? defaultImage : image.trim();
        }
    }

    /** A throwaway container; the tests' users get grants on its database {@value #DATABASE}. */
    private static final class Container extends TestServer {

        private static final String DATABASE = "rotor";

        private final Engine engine;
        private final String image;
        private JdbcDatabaseContainer<?> container;
        private TestDatabase database;
        private RuntimeException failure;
        private Thread shutdownHook;

        Container(Engine engine) {
            this.engine = engine;
            this.image = engine.image();
        }

        @Override
        public synchronized TestDatabase database() {
            if (database != null) {
                return database;
            }
            if (failure != null) {
                throw new IllegalStateException(failure.getMessage(), failure);
            }
            try {
                database = start();
                return database;
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }

        private TestDatabase start() {
            if (!engineAnswers()) {
                throw new IllegalStateException((onCi() ? "CI=true, so the database tests must run: " : "")
                        + noEngine());
            }
            long started = System.nanoTime();
            DockerImageName name = DockerImageName.parse(image).asCompatibleSubstituteFor(engine.officialImage);
            container = switch (engine) {
                case MYSQL -> new MySQLContainer(name);
                case MARIADB -> new ConnectorJMariaDbContainer(name);
            };
            String password = randomPassword();
            container.withUsername("root").withPassword(password).withDatabaseName(DATABASE);
            try {
                container.start();
            } catch (RuntimeException e) {
                stop();
                throw new IllegalStateException("could not start a " + engine.label + " container from image "
                        + image + " (set " + engine.variable + " to pick another image): " + e.getMessage(), e);
            }
            shutdownHook = new Thread(this::stop, "stop-" + engine.label + "-container");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            System.out.printf("%s container %s from %s started in %d ms%n", engine.label,
                    container.getContainerId().substring(0, 12), image, (System.nanoTime() - started) / 1_000_000);
            return new TestDatabase(container.getHost(), container.getMappedPort(3306), "root", password, DATABASE);
        }

        private static String randomPassword() {
            String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
            SecureRandom random = new SecureRandom();
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                password.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return password.toString();
        }

        @Override
        public synchronized void close() {
            if (shutdownHook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs (or ran) stop()
                }
                shutdownHook = null;
            }
            stop();
        }

        private synchronized void stop() {
            if (container != null) {
                container.stop();
                container = null;
            }
        }

        @Override
        public String toString() {
            return engine.label + " (" + image + ")";
        }
    }

    /** Testcontainers' MariaDB container, waited for and reached with Connector/J instead of the MariaDB driver. */
    private static final class ConnectorJMariaDbContainer extends MariaDBContainer {

        ConnectorJMariaDbContainer(DockerImageName image) {
            super(image);
        }

        @Override
        public String getDriverClassName() {
            return "com.mysql.cj.jdbc.Driver";
        }

        @Override
        public String getJdbcUrl() {
            return "jdbc:mysql://" + getHost() + ":" + getMappedPort(3306) + "/" + getDatabaseName()
                    + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&connectTimeout=5000";
        }
    }
}
