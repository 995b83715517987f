package dev.rotor.emulator.cli;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve}: in-process with its output stream injected, and as the emulator's standalone jar. */
class ServeCommandIT {
    private static final Pattern READY = Pattern.compile("ready at (http://\\S+)");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void serve_prints_its_endpoint_to_the_injected_output_and_stops_when_interrupted() throws Exception {
        PipedWriter pipe = new PipedWriter();
        BufferedReader lines = new BufferedReader(new PipedReader(pipe, 64 * 1024));
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(ServeCommand.commandLine(new ServeCommand())
                .setOut(new PrintWriter(pipe, true)).setErr(new PrintWriter(err, true))
                .execute("--port", "0", "--function", "name=fn,jar=" + testFunctionsJar()
                        + ",handler=dev.rotor.testfunctions.Echo")), "serve");
        serving.start();

        URI endpoint = endpointFrom(lines.readLine());
        String functionLine = lines.readLine();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(endpoint.resolve("/_rotor/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        serving.interrupt();
        serving.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(functionLine).isEqualTo("rotor: function fn = arn:aws:lambda:us-east-1:000000000000:function:fn");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(serving.isAlive()).isFalse();
        assertThat(exit.get()).as(err.toString()).isZero();
        assertThat(lines.readLine()).isEqualTo("rotor: stopping");
    }

    @Test
    void serve_refuses_a_python_function_whose_interpreter_has_no_boto3_with_one_line_and_exit_two() {
        Path python = Path.of(System.getProperty("rotor.pythonFixtures", "src/test/python")).toAbsolutePath();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = ServeCommand.commandLine(new ServeCommand()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute("--port", "0", "--function", "name=py,code="
                        + python.resolve("functions") + ",handler=echo.lambda_handler,runtime=python3.11,python="
                        + python.resolve("python-without-boto3"));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("rotor: Function py (python3.11): the interpreter ")
                .contains("cannot import boto3", "apt-get install python3-boto3").doesNotContain("\tat ");
        assertThat(out.toString()).doesNotContain("ready at");
    }

    @Test
    void the_standalone_jar_serves_and_stops_on_sigterm_and_holds_no_harness_or_testcontainers() throws Exception {
        Path jar = Path.of(System.getProperty("rotor.standaloneJar", "target/rotor-emulator-standalone.jar"));
        assertThat(jar).as("built by mvn package").isRegularFile();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--port", "0").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            URI endpoint = endpointFrom(firstLineWith("ready at", out));
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(endpoint.resolve("/_rotor/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            process.toHandle().destroy(); // SIGTERM (Process.destroy would also close our end of its output)

            assertThat(health.body()).contains("\"status\":\"ok\"");
            assertThat(firstLineWith("rotor: stopping", out)).isEqualTo("rotor: stopping");
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        try (JarFile contents = new JarFile(jar.toFile())) {
            List<String> names = contents.stream().map(entry -> entry.getName()).toList();
            assertThat(names).contains("dev/rotor/emulator/cli/ServeCommand.class")
                    .noneMatch(name -> name.startsWith("dev/rotor/harness/"))
                    .noneMatch(name -> name.startsWith("org/testcontainers/"));
        }
    }

    /** The first line containing {@code text} (log lines may come first), or null at the end of the output. */
    private static String firstLineWith(String text, BufferedReader out) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.contains(text)) {
                return line;
            }
        }
        return null;
    }

    private static URI endpointFrom(String line) throws IOException {
        Matcher ready = READY.matcher(String.valueOf(line));
        if (!ready.find()) {
            throw new IOException("serve did not say where it listens: " + line);
        }
        return URI.create(ready.group(1));
    }

    private static String testFunctionsJar() {
        Path jar = Path.of(System.getProperty("rotor.testFunctionsJar", "../test-functions/target/rotor-test-functions.jar"));
        assertThat(Files.isRegularFile(jar)).isTrue();
        return jar.toAbsolutePath().toString();
    }
}
