package dev.rotor.emulator.lambda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static dev.rotor.emulator.lambda.TestFunctions.PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures cold starts (with and without an AppCDS archive) and warm invokes; writes the medians to
 * {@code target/lambda-timings.txt}. Asserts only what does not depend on the machine's load.
 */
class ColdStartTimingsIT {

    private static final int COLD_RUNS = 5;
    private static final int WARM_RUNS = 50;

    @TempDir
    Path cache;

    @Test
    void measures_cold_and_warm_starts_with_and_without_appcds() throws IOException {
        StringBuilder report = new StringBuilder("function runner timings (medians; ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ")
                .append(Runtime.version()).append(")\n");
        for (String handler : List.of("Echo", "SdkClientFunction")) {
            Duration plain = medianColdStart(handler, false);
            Duration warm = medianWarmInvoke(handler);
            Duration withCds = medianColdStart(handler, true);
            report.append(String.format(Locale.ROOT, "%-18s cold %5d ms | cold with AppCDS %5d ms | warm %6.2f ms%n",
                    handler, plain.toMillis(), withCds.toMillis(), warm.toNanos() / 1e6));
        }
        try (Stream<Path> archives = Files.list(cache.resolve("appcds"))) {
            assertThat(archives.filter(path -> path.toString().endsWith(".jsa"))).hasSize(2);
        }
        System.out.print(report);
        Files.writeString(Path.of("target", "lambda-timings.txt"), report);
    }

    private Duration medianColdStart(String handler, boolean appCds) {
        LambdaSettings settings = TestFunctions.settings(null, cache);
        FunctionRegistry registry = new FunctionRegistry(settings);
        try (FunctionHost host = new FunctionHost(settings, registry,
                FunctionHost.Options.defaults().withAppCds(appCds))) {
            registry.register(FunctionDefinition.of("timed", TestFunctions.jar(), PACKAGE + handler));
            // one unmeasured start warms the emulator side; with AppCDS it records the archive, written as the JVM exits
            Invocation first = host.invoke("timed", "{}");
            assertThat(first.outcome()).isEqualTo(Invocation.Outcome.SUCCEEDED);
            host.restart("timed");
            List<Duration> colds = new ArrayList<>();
            for (int i = 0; i < COLD_RUNS; i++) {
                Invocation cold = host.invoke("timed", "{}");
                assertThat(cold.outcome()).isEqualTo(Invocation.Outcome.SUCCEEDED);
                assertThat(cold.coldStart()).isTrue();
                assertThat(cold.logs()).as("no JVM warnings in the function's logs").doesNotContain("[warning]");
                colds.add(cold.duration());
                host.restart("timed");
            }
            return median(colds);
        }
    }

    private Duration medianWarmInvoke(String handler) {
        LambdaSettings settings = TestFunctions.settings(null, cache);
        FunctionRegistry registry = new FunctionRegistry(settings);
        try (FunctionHost host = new FunctionHost(settings, registry, FunctionHost.Options.defaults().withAppCds(false))) {
            registry.register(FunctionDefinition.of("warm", TestFunctions.jar(), PACKAGE + handler));
            for (int i = 0; i < 10; i++) {
                host.invoke("warm", "{}");
            }
            List<Duration> warms = new ArrayList<>();
            for (int i = 0; i < WARM_RUNS; i++) {
                Invocation warm = host.invoke("warm", "{}");
                assertThat(warm.coldStart()).isFalse();
                warms.add(warm.duration());
            }
            Duration median = median(warms);
            assertThat(median).as("TCP_NODELAY on the Runtime API keeps warm invokes fast").isLessThan(Duration.ofMillis(40));
            return median;
        }
    }

    private static Duration median(List<Duration> durations) {
        List<Duration> sorted = new ArrayList<>(durations);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
