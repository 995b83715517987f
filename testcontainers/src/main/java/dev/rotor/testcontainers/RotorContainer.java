package dev.rotor.testcontainers;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Rotor's Secrets Manager emulator in a container, in the style of the Testcontainers modules:
 * <pre>{@code
 * RotorContainer rotor = new RotorContainer("localhost/rotor/rotor:dev")
 *         .withFunction(Path.of("target/my-rotator.jar"), "my-rotator", "com.example.Rotator");
 * rotor.start();
 * SecretsManagerClient sm = SecretsManagerClient.builder().endpointOverride(rotor.getEndpoint())...
 * }</pre>
 * Functions are copied into the container and registered at start; the container is ready once
 * {@code /_rotor/health} answers. Settings are the image's {@code ROTOR_*} environment variables.
 */
public class RotorContainer extends GenericContainer<RotorContainer> {

    /** The port the emulator listens on inside the container. */
    public static final int PORT = 4566;
    static final String FUNCTIONS_DIR = "/opt/rotor-functions";
    static final String FUNCTIONS_FILE = FUNCTIONS_DIR + "/functions.json";
    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String DEFAULT_REGION = "us-east-1";
    private static final String DEFAULT_ACCOUNT_ID = "000000000000";

    private final List<FunctionEntry> functions = new ArrayList<>();

    public RotorContainer(String image) {
        this(DockerImageName.parse(image));
    }

    public RotorContainer(DockerImageName image) {
        super(image);
        addExposedPort(PORT);
        waitingFor(Wait.forHttp("/_rotor/health").forPort(PORT).forStatusCode(200)
                .withStartupTimeout(Duration.ofSeconds(60)));
    }

    /** Copies {@code jar} into the container and registers it as the Java 17 function {@code name}. */
    public RotorContainer withFunction(Path jar, String name, String handler) {
        return withFunction(jar, name, handler, Map.of());
    }

    /** As {@link #withFunction(Path, String, String)}, with the function's own environment variables. */
    public RotorContainer withFunction(Path jar, String name, String handler, Map<String, String> environment) {
        Objects.requireNonNull(jar, "jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("the function jar " + jar.toAbsolutePath() + " does not exist");
        }
        if (name == null || !FUNCTION_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a function name is 1 to 64 letters, digits, '-' or '_': " + name);
        }
        if (functions.stream().anyMatch(f -> f.name().equals(name))) {
            throw new IllegalArgumentException("a function named " + name + " is already registered");
        }
        String target = FUNCTIONS_DIR + "/" + name + ".jar";
        functions.add(new FunctionEntry(name, target, Objects.requireNonNull(handler, "handler"),
                Map.copyOf(environment)));
        return withCopyFileToContainer(MountableFile.forHostPath(jar, 0644), target);
    }

    /** The region in ARNs (default {@value #DEFAULT_REGION}). */
    public RotorContainer withRegion(String region) {
        return withEnv("ROTOR_REGION", region);
    }

    /** The account id in ARNs (default {@value #DEFAULT_ACCOUNT_ID}). */
    public RotorContainer withAccountId(String accountId) {
        return withEnv("ROTOR_ACCOUNT_ID", accountId);
    }

    /** RotateSecret answers once the rotation has finished. */
    public RotorContainer withSyncRotation() {
        return withEnv("ROTOR_SYNC_ROTATION", "true");
    }

    @Override
    protected void configure() {
        if (!functions.isEmpty()) {
            withCopyToContainer(Transferable.of(FunctionEntry.toJson(functions), 0644), FUNCTIONS_FILE);
            withEnv("ROTOR_FUNCTIONS_FILE", FUNCTIONS_FILE);
        }
    }

    /** The endpoint for the AWS SDK, the CLI and boto3, e.g. {@code http://localhost:32768}. */
    public URI getEndpoint() {
        return URI.create("http://" + getHost() + ":" + getMappedPort(PORT));
    }

    public String getRegion() {
        return getEnvMap().getOrDefault("ROTOR_REGION", DEFAULT_REGION);
    }

    public String getAccountId() {
        return getEnvMap().getOrDefault("ROTOR_ACCOUNT_ID", DEFAULT_ACCOUNT_ID);
    }

    /** The ARN to give RotateSecret as {@code RotationLambdaARN} for a function registered here. */
    public String getFunctionArn(String name) {
        if (functions.stream().noneMatch(f -> f.name().equals(name))) {
            throw new IllegalArgumentException("no function named " + name + " was registered with withFunction");
        }
        return "arn:aws:lambda:" + getRegion() + ":" + getAccountId() + ":function:" + name;
    }
}
