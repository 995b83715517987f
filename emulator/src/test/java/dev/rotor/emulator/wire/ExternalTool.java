package dev.rotor.emulator.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs an outside AWS client (the AWS CLI, python3 + boto3) against an emulator, isolated from the user's AWS
 * configuration: dummy static credentials, no config or credentials file, no pager, no metadata service.
 */
final class ExternalTool {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 60;

    /** What the tool printed and how it ended. */
    record Result(int exitCode, String stdout, String stderr) {
        JsonNode json() {
            try {
                return JSON.readTree(stdout);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (exit " + exitCode + ", stderr " + stderr + "): " + stdout, e);
            }
        }
    }

    private final URI endpoint;

    ExternalTool(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** The AWS CLI on PATH (a pyenv shim counts), or empty. */
    static Optional<String> awsCli() {
        return works("aws", "--version") ? Optional.of("aws") : Optional.empty();
    }

    /**
     * A Python that imports boto3: {@code python3} on PATH (e.g. a pyenv shim) or the system's {@code /usr/bin/python3}
     * (Debian's python3-boto3), whichever has it first.
     */
    static Optional<String> pythonWithBoto3() {
        return Stream.of("python3", "/usr/bin/python3").filter(python -> works(python, "-c", "import boto3"))
                .findFirst();
    }

    /**
     * The tool, or a skip with the reason when it is missing; under {@code CI=true} a missing tool fails instead: CI
     * must never go green without its compatibility tests ({@code .ci/run} installs the tools).
     */
    static String require(Optional<String> tool, String missing) {
        if (tool.isPresent()) {
            return tool.get();
        }
        String reason = missing + " (Debian: apt-get install awscli python3-boto3; .ci/run installs them)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI=true, so the compatibility tests must run: " + reason);
        }
        Assumptions.abort(reason + ": skipping");
        return null;
    }

    /** Whether {@code command} runs and exits 0. */
    private static boolean works(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code aws secretsmanager <args> --endpoint-url <emulator> --region us-east-1 --output json}. */
    Result aws(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(awsCli().orElse("aws"), "secretsmanager"));
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint-url", endpoint.toString(), "--region", WireEmulator.REGION, "--output", "json"));
        return run(command, Map.of());
    }

    /** {@code <python> -c <script>} with {@code ENDPOINT} and the given variables in its environment. */
    Result python(String python, String script, Map<String, String> variables) {
        return run(List.of(python, "-c", script), variables);
    }

    private Result run(List<String> command, Map<String, String> variables) {
        try {
            Path out = Files.createTempFile("rotor-tool", ".out");
            Path err = Files.createTempFile("rotor-tool", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                isolate(builder.environment());
                builder.environment().putAll(variables);
                Process process = builder.start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    throw new IllegalStateException(command.get(0) + " did not finish within " + TIMEOUT_SECONDS + "s");
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void isolate(Map<String, String> env) {
        env.keySet().removeIf(key -> key.startsWith("AWS_") || key.startsWith("BOTO"));
        env.put("AWS_ACCESS_KEY_ID", "AKIDWIRETEST");
        env.put("AWS_SECRET_ACCESS_KEY", "wire-secret");
        env.put("AWS_DEFAULT_REGION", WireEmulator.REGION);
        env.put("AWS_CONFIG_FILE", "/dev/null");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        env.put("AWS_PAGER", "");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_MAX_ATTEMPTS", "1");
        env.put("ENDPOINT", endpoint.toString());
        env.put("PYTHONUNBUFFERED", "1");
    }
}
