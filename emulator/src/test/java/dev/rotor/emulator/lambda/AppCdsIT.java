package dev.rotor.emulator.lambda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.rotor.emulator.lambda.TestFunctions.PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * AppCDS for function processes, checked by what happens rather than by timings (the cold-start figures are in
 * {@code bench/}, {@code ./bench/rotation.sh}): the first process records an archive, later ones map it.
 */
class AppCdsIT {

    @TempDir
    Path cache;

    @Test
    void the_first_process_records_an_archive_and_the_next_cold_start_maps_it() throws IOException {
        LambdaSettings settings = TestFunctions.settings(null, cache);
        FunctionRegistry registry = new FunctionRegistry(settings);
        try (FunctionHost host = new FunctionHost(settings, registry, FunctionHost.Options.defaults())) {
            registry.register(FunctionDefinition.of("cds", TestFunctions.jar(), PACKAGE + "Echo"));
            Invocation recording = host.invoke("cds", "{}");
            host.restart("cds"); // the archive is written as the JVM exits

            List<Path> archives = archives();
            Invocation cold = host.invoke("cds", "{}");
            long pid = host.processId("cds").orElseThrow();
            Invocation warm = host.invoke("cds", "{}");

            assertThat(recording.outcome()).isInstanceOf(InvocationOutcome.Succeeded.class);
            assertThat(archives).as("one archive recorded by the first process").hasSize(1);
            assertThat(cold.coldStart()).isTrue();
            assertThat(cold.outcome()).isInstanceOf(InvocationOutcome.Succeeded.class);
            assertThat(cold.logs()).as("no JVM warnings in the function's logs").doesNotContain("[warning]");
            assertThat(Files.readString(Path.of("/proc", Long.toString(pid), "maps")))
                    .as("the new process maps the archive").contains(archives.get(0).toString());
            assertThat(warm.coldStart()).isFalse();
        }
    }

    @Test
    void without_appcds_no_archive_is_recorded() throws IOException {
        LambdaSettings settings = TestFunctions.settings(null, cache);
        FunctionRegistry registry = new FunctionRegistry(settings);
        try (FunctionHost host = new FunctionHost(settings, registry,
                FunctionHost.Options.defaults().withAppCds(false))) {
            registry.register(FunctionDefinition.of("plain", TestFunctions.jar(), PACKAGE + "Echo"));
            assertThat(host.invoke("plain", "{}").outcome()).isInstanceOf(InvocationOutcome.Succeeded.class);
            host.restart("plain");
        }

        assertThat(archives()).isEmpty();
    }

    private List<Path> archives() throws IOException {
        Path directory = cache.resolve("appcds");
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(path -> path.toString().endsWith(".jsa")).toList();
        }
    }
}
