package dev.rotor.harness.database;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Starts MySQL or MariaDB with Testcontainers. Images: {@link #withImage}, else {@code ROTOR_MYSQL_IMAGE} /
 * {@code ROTOR_MARIADB_IMAGE}, else the official LTS tags {@value #DEFAULT_MYSQL_IMAGE} and
 * {@value #DEFAULT_MARIADB_IMAGE}. Where nothing can be pulled, {@code .ci/build-images.sh} builds local images and
 * {@code .ci/env.sh} points the variables at them. Ryuk may be disabled: every server removes its container on close.
 */
public final class ContainerDatabaseProvider implements DatabaseProvider {

    public static final String DEFAULT_MYSQL_IMAGE = "mysql:8.4";
    public static final String DEFAULT_MARIADB_IMAGE = "mariadb:11.4";
    public static final String MYSQL_IMAGE_VARIABLE = "ROTOR_MYSQL_IMAGE";
    public static final String MARIADB_IMAGE_VARIABLE = "ROTOR_MARIADB_IMAGE";

    private final Map<Engine, String> images;

    /** Images from the environment, else the official defaults. */
    public ContainerDatabaseProvider() {
        this(imagesFrom(System.getenv()));
    }

    /** Images from the given variables ({@value #MYSQL_IMAGE_VARIABLE}, {@value #MARIADB_IMAGE_VARIABLE}). */
    public static ContainerDatabaseProvider fromEnvironment(Map<String, String> environment) {
        return new ContainerDatabaseProvider(imagesFrom(environment));
    }

    private ContainerDatabaseProvider(Map<Engine, String> images) {
        this.images = new EnumMap<>(images);
    }

    private static Map<Engine, String> imagesFrom(Map<String, String> environment) {
        Map<Engine, String> images = new EnumMap<>(Engine.class);
        images.put(Engine.MYSQL, nonBlank(environment.get(MYSQL_IMAGE_VARIABLE), DEFAULT_MYSQL_IMAGE));
        images.put(Engine.MARIADB, nonBlank(environment.get(MARIADB_IMAGE_VARIABLE), DEFAULT_MARIADB_IMAGE));
        return images;
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** A copy of this provider that runs {@code engine} from {@code image} (any image compatible with the official one). */
    public ContainerDatabaseProvider withImage(Engine engine, String image) {
        Map<Engine, String> copy = new EnumMap<>(images);
        copy.put(Objects.requireNonNull(engine, "engine"), nonBlank(Objects.requireNonNull(image, "image"), image));
        return new ContainerDatabaseProvider(copy);
    }

    public String image(Engine engine) {
        return images.get(engine);
    }

    /** Whether a Docker-compatible engine answers (DOCKER_HOST, the default sockets, ~/.testcontainers.properties). */
    public static boolean engineAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public String name() {
        return "container";
    }

    @Override
    public DatabaseServer start(Engine engine) {
        String image = image(engine);
        DockerImageName imageName = DockerImageName.parse(image).asCompatibleSubstituteFor(engine.imageName());
        Credentials admin = new Credentials("root", Passwords.random(20));
        JdbcDatabaseContainer<?> container = switch (engine) {
            case MYSQL -> new MySQLContainer(imageName);
            case MARIADB -> new ConnectorJMariaDbContainer(imageName);
        };
        container.withUsername(admin.user()).withPassword(admin.password()).withDatabaseName("rotor");
        try {
            container.start();
        } catch (RuntimeException e) {
            container.stop();
            throw new DatabaseException("could not start " + engine + " container from image " + image
                    + " (set " + variable(engine) + " or use withImage to pick another image): " + e.getMessage(), e);
        }
        return new ContainerDatabaseServer(engine, image, container, admin);
    }

    private static String variable(Engine engine) {
        return engine == Engine.MYSQL ? MYSQL_IMAGE_VARIABLE : MARIADB_IMAGE_VARIABLE;
    }

    @Override
    public String toString() {
        return "container provider " + images;
    }
}
